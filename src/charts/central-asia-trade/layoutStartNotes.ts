import { lineBand, note, type AnnotationContext } from "./annotationParts.ts";
import { estimateTextWidth } from "./dimensions.ts";
import { formatBillions } from "./format.ts";
import { yearX } from "./scales.ts";
import type { TextMark } from "./scene.ts";
import { boxesOverlap, textBox } from "./textBox.ts";

/** Room a note keeps from a box; after moving aside it keeps more, so "$10bn" and "1995:" never read as one. */
const gap = 4;
const moveGap = 10;

/**
 * Each line's first value, just above its own line wherever the note's width reaches (the
 * lines are low there, and a note on top of a line would read as a gap in it). A note that
 * would run into a value label or an earlier note moves right past it, then settles on its
 * line again.
 */
export function layoutStartNotes(context: AnnotationContext): TextMark[] {
  const { model, x, fontSize, lineHeight, size, shows } = context;
  const taken = [...context.obstacles];
  return (["RUS", "CHN"] as const).flatMap((partner) => {
    const first = model.series[partner].points[0];
    if (!first) return [];
    const text = [`${first.year}:`, formatBillions(first)];
    const lines = size === "compact" ? text : [text.join(" ")];
    const width = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
    const place = (left: number): TextMark => {
      const band = lineBand(context, [partner], left, left + width);
      const top = (band?.top ?? context.plot.bottom) - 6 - lines.length * lineHeight;
      return note(`note-start-${partner}`, left, top, "start", lines, partner, shows("start"));
    };
    let mark = place(yearX(x, first.year) - 3);
    // Each move clears what blocked it; settling on the line again may meet one more box.
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const blocking = taken.filter((box) => boxesOverlap(textBox(mark, fontSize, lineHeight), box, gap));
      if (blocking.length === 0) break;
      mark = place(Math.max(...blocking.map((box) => box.right)) + moveGap);
    }
    if (mark.isVisible) taken.push(textBox(mark, fontSize, lineHeight));
    return [mark];
  });
}
