import { estimateTextWidth } from "./dimensions.ts";
import type { TextMark, TickMark } from "./scene.ts";

/** An axis-aligned rectangle in viewBox units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** How far a value label sits above its gridline, to its baseline. */
export const valueLabelLift = 4;
/** Length of a year tick below the axis; its label's top starts there. */
export const yearTickLength = 4;

/** Bold runs wider than the regular-text estimate (DejaVu Sans Bold: figures 0.696 against 0.636). */
const boldWidth = 1.1;

/** Glyphs reach about 0.8 em above a baseline and 0.2 em below it (digits, "$", descenders). */
function glyphBox(left: number, width: number, firstBaseline: number, lastBaseline: number, fontSize: number): Box {
  return { left, right: left + width, top: firstBaseline - 0.8 * fontSize, bottom: lastBaseline + 0.2 * fontSize };
}

/** Left edge of a run of `width` anchored at `x`. */
function leftOf(x: number, width: number, anchor: TextMark["anchor"]): number {
  return anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
}

/** Estimated box of a text block (see textBaseline.ts: the first baseline is 0.8 em below its top). */
export function textBox(text: TextMark, fontSize: number, lineHeight: number): Box {
  const widths = text.lines.map((line, index) => {
    const width = estimateTextWidth(line, fontSize);
    return text.isStrong && index === 0 ? width * boldWidth : width;
  });
  const width = Math.max(0, ...widths);
  const first = text.y + 0.8 * fontSize;
  return glyphBox(
    leftOf(text.x, width, text.anchor),
    width,
    first,
    first + (text.lines.length - 1) * lineHeight,
    fontSize,
  );
}

/** Boxes of the visible value labels, which sit on their gridlines at the plot's left edge. */
export function valueLabelBoxes(ticks: readonly TickMark[], plotLeft: number, fontSize: number): Box[] {
  return ticks
    .filter((tick) => tick.isVisible && tick.label)
    .map((tick) => {
      const baseline = tick.position - valueLabelLift;
      return glyphBox(plotLeft, estimateTextWidth(tick.label, fontSize), baseline, baseline, fontSize);
    });
}

/** Boxes of the visible year labels, centred under their ticks. */
export function yearLabelBoxes(ticks: readonly TickMark[], plotBottom: number, fontSize: number): Box[] {
  const baseline = plotBottom + yearTickLength + fontSize;
  return ticks
    .filter((tick) => tick.isVisible)
    .map((tick) => {
      const width = estimateTextWidth(tick.label, fontSize);
      return glyphBox(tick.position - width / 2, width, baseline, baseline, fontSize);
    });
}

/** True when the boxes overlap or come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}
