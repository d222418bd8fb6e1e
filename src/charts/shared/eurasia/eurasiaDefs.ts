import { element } from "../svg.ts";
import type { EurasiaGeography } from "./geography.ts";

/** Id of a country's outline in the shared definitions. */
export const outlineId = (key: string) => `eurasia-${key}`;

/** Id of the group of every outline in the frame: the land under each map. */
export const landId = "eurasia-land";

/**
 * Every outline in the frame, once: a group (the land under the map) whose paths carry ids, so a
 * map draws all the land with one `<use>` and each country it colours with another. The page
 * writes it once (EurasiaSprite.astro); a standalone SVG file carries its own copy.
 */
export function eurasiaDefs(geography: EurasiaGeography): string {
  return element(
    "defs",
    {},
    element(
      "g",
      { id: landId },
      geography.shapes.map((shape) => element("path", { id: outlineId(shape.key), d: shape.d })),
    ),
  );
}
