import type { MembershipGeography } from "./geography.ts";

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
const averageCharWidth = labelFontSize * 0.56;

interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

function boxOf(x: number, y: number, text: string): Box {
  const halfWidth = (text.length * averageCharWidth) / 2;
  return { left: x - halfWidth, right: x + halfWidth, top: y - labelFontSize, bottom: y };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Names the countries whose status changed, at their centroids. Neighbours that change
 * together (Armenia and Azerbaijan, the Gulf states) are pushed down one line at a time until
 * no two names overlap, and every name is kept inside the map. Pure.
 */
export function layoutMapLabels(
  geography: MembershipGeography,
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
    const halfWidth = (label.text.length * averageCharWidth) / 2;
    const x = Math.round(Math.min(geography.width - halfWidth - 4, Math.max(halfWidth + 4, label.x)));
    let y = label.y;
    while (placed.some((box) => overlaps(box, boxOf(x, y, label.text))) && y < geography.height) y += lineHeight;
    y = Math.round(Math.min(geography.height - 4, y));
    placed.push(boxOf(x, y, label.text));
    return { key: label.key, text: label.text, x, y };
  });
}
