import type { Box } from "../boxes.ts";
import { measureText } from "../measureText.ts";
import { mapLabelSize } from "./mapType.ts";

/** How a label's text is anchored on its `x` (SVG `text-anchor`). */
export type LabelAnchor = "start" | "end" | "middle";

/** A label's place: its text, anchor point (`x`, baseline `y`) and anchoring. */
export interface LabelPlace {
  x: number;
  y: number;
  anchor: LabelAnchor;
  text: string;
}

/**
 * The box a bold map label takes at `size` (viewBox units): the font's full box, ascent and
 * descent, as a browser measures a text, not just its capitals. Width from the conservative
 * estimate of measureText.ts; the browser tests measure the real boxes.
 */
export function labelBox(label: LabelPlace, size: number = mapLabelSize): Box {
  const width = measureText(label.text, size, true);
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - size * 0.95, bottom: label.y + size * 0.3 };
}

/** Where the baseline goes for a label whose box is centred vertically on `centreY`. */
export function baselineFor(centreY: number, size: number = mapLabelSize): number {
  return centreY + size * 0.325;
}

/**
 * The part of a label's box its letters fill: from the capitals' top to just under the baseline,
 * a little in from either end. The maps' rule (a name lies over no other coloured country) is
 * read on it, not on the font's full box, whose corners are empty.
 */
export function letterBox(label: LabelPlace, size: number = mapLabelSize): Box {
  const box = labelBox(label, size);
  return {
    left: box.left + size * 0.1,
    right: box.right - size * 0.1,
    top: label.y - size * 0.7,
    bottom: label.y + size * 0.1,
  };
}

/** The share of a label's letter area that may lie over another coloured country (the grid's and the outlines' slack). */
export const foreignTolerance = 0.05;
