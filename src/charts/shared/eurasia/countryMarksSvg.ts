import { element, type Attributes } from "../svg.ts";
import { landId, outlineId } from "./eurasiaDefs.ts";
import { dotRadius, type EurasiaGeography } from "./geography.ts";

/**
 * A map's land and one mark per country it colours, the same way on every map: the land through
 * one `<use>` of the shared outlines (eurasiaDefs.ts), each country through its own `<use>`, and a
 * state too small to see as a dot. `attributesOf` gives a country's data attributes (what the
 * chart's marks CSS paints by); `land` the land's.
 */
export function countryMarksSvg(
  geography: EurasiaGeography,
  keys: readonly string[],
  attributesOf: (key: string) => Attributes,
  land: Attributes = {},
): string[] {
  const dotKeys = new Set(geography.dots.map((dot) => dot.key));
  const wanted = new Set(keys);
  return [
    element("use", { href: `#${landId}`, class: "map-land", ...land }),
    element(
      "g",
      { class: "map-countries" },
      keys
        .filter((key) => !dotKeys.has(key) && geography.anchors[key])
        .map((key) => element("use", { href: `#${outlineId(key)}`, ...attributesOf(key) })),
    ),
    element(
      "g",
      { class: "map-dots" },
      geography.dots
        .filter((dot) => wanted.has(dot.key))
        .map((dot) => element("circle", { cx: dot.cx, cy: dot.cy, r: dotRadius, ...attributesOf(dot.key) })),
    ),
  ];
}
