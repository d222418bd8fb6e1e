/**
 * The one palette of the site: page tokens and chart colours, for light and dark schemes.
 * tailwind.config.ts turns it into CSS custom properties (`--color-<name>`) and utilities
 * (`bg-<name>`, `text-<name>`, `fill-<name>`), so pages and charts can never drift apart.
 * Chart hues follow the Okabe-Ito set, which stays distinguishable with the common
 * colour-vision deficiencies; text tokens keep at least 4.5:1 contrast on `paper`.
 */
export const palette = {
  light: {
    paper: "#fbfaf7",
    ink: "#1c1d1f",
    "ink-muted": "#54575c",
    rule: "#d9d6cf",
    card: "#ffffff",
    accent: "#a4361b",
    land: "#e4e1da",
    "land-edge": "#fbfaf7",
    "status-shanghai-five": "#7fb2dc",
    "status-member": "#1d5f9a",
    "status-observer": "#e69f00",
    "status-dialogue-partner": "#cc79a7",
    "attendance-leader": "#7fb2dc",
    "attendance-absent": "#aaaaa8",
    "route-context": "#6b6e73",
    "series-chn": "#c2331d",
    "series-rus": "#1d5f9a",
    "series-eu": "#7a7d82",
  },
  dark: {
    paper: "#15171a",
    ink: "#ecebe7",
    "ink-muted": "#a9adb3",
    rule: "#3a3e44",
    card: "#1f2226",
    accent: "#f08a6c",
    land: "#2f3338",
    "land-edge": "#15171a",
    "status-shanghai-five": "#a9cdec",
    "status-member": "#5ba3e6",
    "status-observer": "#f2b53d",
    "status-dialogue-partner": "#e39cc4",
    // A mid blue: the pale one glares on a dark page and outshines the journeys drawn over it.
    "attendance-leader": "#5d93c4",
    "attendance-absent": "#606469",
    "route-context": "#c4c6c9",
    "series-chn": "#f0705a",
    "series-rus": "#6fb0ef",
    "series-eu": "#9ea2a8",
  },
} as const;

/** Name of a colour token, e.g. `status-member`. */
export type ColorToken = keyof typeof palette.light;
