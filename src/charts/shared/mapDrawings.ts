import type { StaticDrawing } from "./chartContract.ts";
import labelMarksCss from "./eurasia/map-label-marks.css?raw";
import { mapLabelScale } from "./eurasia/mapType.ts";

/** Where the wide drawing of a static figure takes over: about where a figure reaches 680 px. */
export const wideFigureMedia = "(min-width: 48rem)";

/**
 * Text sizes of a map file's heading and legend in map units (the maps are 960 wide): on a phone
 * the file shows about 340 to 480 px wide, so its words need 34 units to read at 12 px; on a wide
 * screen 20 is enough. Each is at least the size of the file's map names at its widths (a name is
 * never larger than the heading that titles it).
 */
const textSizes = { compact: 34, wide: 20 } as const;

/**
 * A map file's rules for its names: the shared label marks, and the page's type scale as media
 * queries, which in a picture answer to the picture's own width (the map spans the file's width,
 * so it is the map's, as a container query measures it in the page). A viewer without them
 * (the share images' renderer) writes the layout size.
 */
export function mapFileLabelCss(): string {
  const [base, ...steps] = mapLabelScale;
  const rule = (size: number) => `.map-labels{font-size:${size}px}`;
  return [
    labelMarksCss,
    rule(base.size),
    ...steps.map((step) => `@media (min-width:${step.minWidth}px){${rule(step.size)}}`),
  ].join("");
}

/**
 * A map state as two files: the wide one for screens from {@link wideFigureMedia} on and the
 * compact one (larger words, the legend wrapped) for phones and as the fallback. Wide first: a
 * `<picture>` takes the first source whose media match. `draw` gets the file's text size and the
 * CSS of its names, to add to the chart's own.
 */
export function mapDrawings(
  name: string,
  draw: (textSize: number, labelCss: string) => Omit<StaticDrawing, "name" | "media">,
): StaticDrawing[] {
  return [
    { name: `${name}-wide`, ...draw(textSizes.wide, mapFileLabelCss()), media: wideFigureMedia },
    { name, ...draw(textSizes.compact, mapFileLabelCss()) },
  ];
}
