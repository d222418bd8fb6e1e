import { placeClear, type Box } from "../shared/boxes.ts";
import type { EurasiaGeography } from "../shared/eurasia/geography.ts";
import { measureText } from "../shared/measureText.ts";

/** A name written on the map next to a country that changed status in the state shown. */
export interface MapLabel {
  key: string;
  x: number;
  y: number;
  text: string;
}

/** Label size in viewBox units: about 11 px on a 390 px phone, where the map is 960 units wide. */
export const labelFontSize = 28;
const lineHeight = labelFontSize * 1.15;

function boxOf(x: number, y: number, text: string): Box {
  const halfWidth = measureText(text, labelFontSize, true) / 2;
  return { left: x - halfWidth, right: x + halfWidth, top: y - labelFontSize * 0.8, bottom: y + labelFontSize * 0.2 };
}

/**
 * Names the countries whose status changed, at their centroids. Neighbours that change
 * together (Armenia and Azerbaijan, the Gulf states) are moved down a line at a time until no
 * two names overlap (the shared placer), and every name is kept inside the map. Pure.
 */
export function layoutMapLabels(
  geography: EurasiaGeography,
  keys: readonly string[],
  names: Readonly<Record<string, string>>,
): MapLabel[] {
  const placed: Box[] = [];
  const candidates = keys
    .flatMap((key) => {
      const anchor = geography.anchors[key];
      return anchor ? [{ key, text: names[key] ?? key, x: anchor[0], y: anchor[1] + labelFontSize / 3 }] : [];
    })
    .sort((a, b) => a.y - b.y || a.x - b.x);
  return candidates.map((label) => {
    const halfWidth = measureText(label.text, labelFontSize, true) / 2;
    const x = Math.round(Math.min(geography.width - halfWidth - 4, Math.max(halfWidth + 4, label.x)));
    // Down a line at a time from the country's centre; near the map's foot, sideways too.
    const lowest = geography.height - labelFontSize * 0.2 - 1;
    const clampX = (value: number) =>
      Math.round(Math.min(geography.width - halfWidth - 4, Math.max(halfWidth + 4, value)));
    const spots = [
      ...Array.from({ length: 12 }, (_, step) => ({ x, y: label.y + step * lineHeight })),
      ...[-1, 1].flatMap((side) =>
        [0, -1, 1].map((step) => ({ x: clampX(x + side * (halfWidth + 8)), y: label.y + step * lineHeight })),
      ),
    ].map((spot) => ({ x: spot.x, y: Math.round(Math.min(lowest, spot.y)) }));
    const { x: placedX, y } = placeClear(spots, (spot) => boxOf(spot.x, spot.y, label.text), placed, { gap: 3 }) ?? {
      x,
      y: label.y,
    };
    placed.push(boxOf(placedX, y, label.text));
    return { key: label.key, text: label.text, x: placedX, y };
  });
}
