import type { StaticDrawing } from "./chartContract.ts";

/** Where the wide drawing of a static figure takes over: about where a figure reaches 680 px. */
export const wideFigureMedia = "(min-width: 48rem)";

/**
 * Text sizes of a map's file in map units (the maps are 960 wide): on a phone the file shows
 * about 360 px wide, so its words need 30 units to read at 11 px; on a wide screen 19 is enough.
 */
const textSizes = { compact: 30, wide: 19 } as const;

/**
 * A map state as two files: the wide one for screens from {@link wideFigureMedia} on and the
 * compact one (larger words, the legend wrapped) for phones and as the fallback. Wide first: a
 * `<picture>` takes the first source whose media match.
 */
export function mapDrawings(
  name: string,
  draw: (textSize: number) => Omit<StaticDrawing, "name" | "media">,
): StaticDrawing[] {
  return [
    { name: `${name}-wide`, ...draw(textSizes.wide), media: wideFigureMedia },
    { name, ...draw(textSizes.compact) },
  ];
}
