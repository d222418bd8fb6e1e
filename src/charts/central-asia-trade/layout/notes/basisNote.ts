import { placeClear } from "../../../shared/boxes.ts";
import { measureText } from "../../../shared/measureText.ts";
import type { ChartSize } from "../dimensions.ts";
import { textBox } from "../textBoxes.ts";
import { isClearOfLines, lineBand, note, rule, type Annotations, type NoteContext } from "./noteContext.ts";

const basisLines: Record<ChartSize, string[]> = {
  compact: ["Dashed: Russian", "officials'", "statements"],
  wide: ["Dashed: Russian", "officials' statements"],
};

/**
 * Where Russia's line changes basis: a note ending just left of the change, with a leader to
 * it, in the empty band under the lines (a line's height clear of the axis so it never reads
 * as an axis label), or, where the lines come down too low for that, just above them.
 */
export function basisNote(context: NoteContext): Annotations {
  const { model, x, y, plot, dims, size, shows } = context;
  const rus = model.series.RUS;
  const before = rus.points.find((point) => point.year === rus.lastPrimaryYear);
  const after = rus.points.find((point) => point.year === rus.lastPrimaryYear + 1);
  const changeX = x(rus.lastPrimaryYear + 1);
  const changeY = before && after ? (y(before.amount.value) + y(after.amount.value)) / 2 : plot.bottom;
  const lines = basisLines[size];
  const right = changeX - 6;
  const height = dims.fontSize + (lines.length - 1) * dims.lineHeight;
  const below = { top: plot.bottom - dims.lineHeight - height, isBelow: true };
  const width = Math.max(...lines.map((line) => measureText(line, dims.fontSize)));
  const band = lineBand(context, ["CHN", "RUS", "EU"], right - width, changeX);
  const above = { top: (band?.top ?? plot.bottom) - 6 - height, isBelow: false };
  const textOf = (candidate: { top: number }) =>
    note("note-basis", right, candidate.top, "end", lines, "RUS", shows("basis"));
  const chosen =
    placeClear(
      [below, above],
      (candidate) => textBox(textOf(candidate), dims.fontSize, dims.lineHeight),
      context.obstacles,
      {
        gap: 2,
        isAllowed: (box) => box.top >= plot.top,
        isPreferred: (box) => isClearOfLines(context, box),
      },
    ) ?? below;
  // The leader runs beside the note's nearest line, so note and change read as one.
  const end = chosen.isBelow ? chosen.top + dims.fontSize / 2 : chosen.top + height - dims.fontSize / 2;
  const start = chosen.isBelow ? changeY + 5 : changeY - 5;
  return { texts: [textOf(chosen)], rules: [rule("leader-basis", changeX, start, end, shows("basis"))] };
}
