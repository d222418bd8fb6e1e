import type { Config } from "tailwindcss";
import plugin from "tailwindcss/plugin";
import { palette, type ColorToken } from "./src/charts/shared/palette.ts";

/** `{ "--color-paper": "#fbfaf7", … }` for one colour scheme. */
function customProperties(scheme: Record<ColorToken, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(scheme).map(([name, value]) => [`--color-${name}`, value]));
}

const tokens = Object.keys(palette.light) as ColorToken[];

/**
 * Tailwind 4 reads this legacy config through `@config` in src/styles/global.css.
 * Colours resolve to CSS custom properties so one utility (`text-ink`) serves light and dark,
 * and the SVG charts use the very same properties.
 */
export default {
  content: ["./src/**/*.{astro,ts,mdx}", "./content/**/*.mdx"],
  theme: {
    extend: {
      colors: Object.fromEntries(tokens.map((token) => [token, `var(--color-${token})`])),
      fontFamily: {
        serif: ["Georgia", "Cambria", '"Times New Roman"', "serif"],
        sans: ["system-ui", "-apple-system", '"Segoe UI"', "Roboto", '"Helvetica Neue"', "Arial", "sans-serif"],
      },
    },
  },
  plugins: [
    plugin(({ addBase }) => {
      addBase({
        ":root": { ...customProperties(palette.light), colorScheme: "light dark" },
        "@media (prefers-color-scheme: dark)": { ":root": customProperties(palette.dark) },
      });
    }),
  ],
} satisfies Config;
