import type { EurasiaGeography } from "../shared/eurasia/geography.ts";
import { placeMapLabels, type PlacedMapLabel } from "../shared/eurasia/placeMapLabels.ts";

/** A name written on the map for a country that changed status in the state shown. */
export type MapLabel = PlacedMapLabel;

/**
 * Names the countries whose status changed, each on its own shape, or, where it cannot sit
 * there over no other coloured country (Armenia between Turkey and Iran, the Gulf states),
 * off it, over the sea or uncoloured land where it can, with a leader line (the shared placer).
 * Large countries first, so the small ones place round them. A country the map cannot place is
 * skipped. Pure.
 */
export function layoutMapLabels(
  geography: EurasiaGeography,
  keys: readonly string[],
  names: Readonly<Record<string, string>>,
  colouredKeys: ReadonlySet<string>,
): MapLabel[] {
  const dotKeys = new Set(geography.dots.map((dot) => dot.key));
  const { byKey } = geography.coverage({ left: 0, top: 0, right: geography.width, bottom: geography.height });
  const area = (key: string) => byKey.get(key) ?? 0;
  const requests = keys
    .flatMap((key) => {
      const anchor = geography.anchors[key];
      return anchor
        ? [{ key, text: names[key] ?? key, target: anchor, ownKeys: [key], isPoint: dotKeys.has(key) }]
        : [];
    })
    .sort((a, b) => area(b.key) - area(a.key) || a.key.localeCompare(b.key));
  return placeMapLabels(requests, { geography, colouredKeys }).flatMap((label) => (label ? [label] : []));
}
