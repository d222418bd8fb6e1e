import type { Box } from "../../shared/boxes.ts";
import { measureText } from "../../shared/measureText.ts";
import { valueLabelLift, yearTickLength } from "./dimensions.ts";
import type { TextMark, TickMark } from "./scene.ts";

/** Glyphs reach about 0.8 em above a baseline and 0.2 em below it (digits, "$", descenders). */
function glyphBox(left: number, width: number, firstBaseline: number, lastBaseline: number, fontSize: number): Box {
  return { left, right: left + width, top: firstBaseline - 0.8 * fontSize, bottom: lastBaseline + 0.2 * fontSize };
}

/** Left edge of a run of `width` anchored at `x`. */
function leftOf(x: number, width: number, anchor: TextMark["anchor"]): number {
  return anchor === "start" ? x : anchor === "end" ? x - width : x - width / 2;
}

/** Estimated box of a text block (its first baseline is 0.8 em below its top, see textBaseline). */
export function textBox(
  text: Pick<TextMark, "x" | "y" | "anchor" | "lines" | "isStrong">,
  fontSize: number,
  lineHeight: number,
): Box {
  const widths = text.lines.map((line, index) => measureText(line, fontSize, text.isStrong && index === 0));
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
      return glyphBox(plotLeft, measureText(tick.label, fontSize), baseline, baseline, fontSize);
    });
}

/** Boxes of the visible year labels, centred under their ticks. */
export function yearLabelBoxes(ticks: readonly TickMark[], plotBottom: number, fontSize: number): Box[] {
  const baseline = plotBottom + yearTickLength + fontSize;
  return ticks
    .filter((tick) => tick.isVisible)
    .map((tick) => {
      const width = measureText(tick.label, fontSize);
      return glyphBox(tick.position - width / 2, width, baseline, baseline, fontSize);
    });
}
