import { placeClear } from "../../../shared/boxes.ts";
import { measureText } from "../../../shared/measureText.ts";
import { figureLabel } from "../../text/labels.ts";
import type { TextMark } from "../scene.ts";
import { yearX } from "../scales.ts";
import { textBox } from "../textBoxes.ts";
import { lineBand, note, type NoteContext } from "./noteContext.ts";

/** Each line's first value, just above its own line, moved right past any label in its way. */
export function startNotes(context: NoteContext): TextMark[] {
  const { model, x, dims, size, shows } = context;
  return (["RUS", "CHN"] as const).flatMap((partner) => {
    const first = model.series[partner].points[0];
    if (!first) return [];
    const text = [`${first.year}:`, figureLabel(first)];
    const lines = size === "compact" ? text : [text.join(" ")];
    const width = Math.max(...lines.map((line) => measureText(line, dims.fontSize)));
    const at = (left: number): TextMark => {
      const band = lineBand(context, [partner], left, left + width);
      const top = (band?.top ?? context.plot.bottom) - 6 - lines.length * dims.lineHeight;
      return note(`note-start-${partner}`, left, top, "start", lines, partner, shows("start"));
    };
    const start = yearX(x, first.year) - 3;
    const candidates = Array.from({ length: 30 }, (_, step) => at(start + step * 6));
    const boxOf = (mark: TextMark) => textBox(mark, dims.fontSize, dims.lineHeight);
    const mark = placeClear(candidates, boxOf, context.obstacles, { gap: 10 }) ?? at(start);
    // The second line's note keeps clear of the first one's.
    if (mark.isVisible) context.obstacles.push(boxOf(mark));
    return [mark];
  });
}
