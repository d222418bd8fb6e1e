import { element } from "../svg.ts";
import type { EurasiaGeography } from "./geography.ts";

/** Id of a country's outline in the shared definitions. */
export const outlineId = (key: string) => `eurasia-${key}`;

/** Id of the group of every outline in the frame: the land under each map. */
export const landId = "eurasia-land";

/**
 * Every outline in the frame, once: a group (the land under the map) holding the countries the
 * maps colour, each with an id, and the rest as one path, so a map draws all the land with one
 * `<use>` and each country it colours with another. The page
 * writes it once (EurasiaSprite.astro); a standalone SVG file carries its own copy.
 */
export function eurasiaDefs(geography: EurasiaGeography): string {
  const isColoured = (key: string) => key in geography.anchors;
  // The countries no map colours share one path: one node instead of a hundred.
  const rest = geography.shapes.filter((shape) => !isColoured(shape.key)).map((shape) => shape.d);
  return element(
    "defs",
    {},
    element("g", { id: landId }, [
      element("path", { d: rest.join("") }),
      ...geography.shapes
        .filter((shape) => isColoured(shape.key))
        .map((shape) => element("path", { id: outlineId(shape.key), d: shape.d })),
    ]),
  );
}
