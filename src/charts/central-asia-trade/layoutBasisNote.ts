import { leader, lineBand, note, type AnnotationContext, type Annotations } from "./annotationParts.ts";
import { estimateTextWidth } from "./dimensions.ts";
import type { ChartSize, TextMark } from "./scene.ts";
import { boxesOverlap, textBox } from "./textBox.ts";

const noteLines: Record<ChartSize, string[]> = {
  compact: ["Dashed: Russian", "officials'", "statements"],
  wide: ["Dashed: Russian", "officials' statements"],
};

/** Room between the note and the leader, the lines or another box. */
const gap = 6;

/**
 * Where Russia's line changes basis: a note ending just left of the change, with a leader to
 * it. It goes in the empty band under the lines, a line's height clear of the axis so it never
 * reads as an axis label; where the lines come down too low for that, just above them instead.
 */
export function layoutBasisNote(context: AnnotationContext): Annotations {
  const { model, x, y, plot, fontSize, lineHeight, size, shows, obstacles } = context;
  const rus = model.series.RUS;
  const before = rus.points.find((point) => point.year === rus.lastPrimaryYear);
  const after = rus.points.find((point) => point.year === rus.lastPrimaryYear + 1);
  const changeX = x(rus.lastPrimaryYear + 1);
  const changeY = before && after ? (y(before.value) + y(after.value)) / 2 : plot.bottom;
  const lines = noteLines[size];
  const right = changeX - gap;
  const width = Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
  const height = fontSize + (lines.length - 1) * lineHeight;
  const band = lineBand(context, ["CHN", "RUS", "EU"], right - width, changeX) ?? {
    top: plot.bottom,
    bottom: plot.top,
  };
  const candidates = [
    { top: plot.bottom - lineHeight - height, isBelow: true, fits: (top: number) => top >= band.bottom + gap },
    { top: band.top - gap - height, isBelow: false, fits: (top: number) => top >= plot.top },
  ].map((candidate) => ({
    ...candidate,
    text: note("note-basis", right, candidate.top, "end", lines, "RUS", shows("basis")),
  }));
  const isClear = (text: TextMark) =>
    obstacles.every((box) => !boxesOverlap(textBox(text, fontSize, lineHeight), box, 2));
  const chosen = candidates.find((c) => c.fits(c.top) && isClear(c.text)) ?? candidates[0];
  if (!chosen) return { texts: [], rules: [] };
  // The leader runs beside the note's nearest line, so note and change read as one.
  const end = chosen.isBelow ? chosen.top + fontSize / 2 : chosen.top + height - fontSize / 2;
  const start = chosen.isBelow ? changeY + 5 : changeY - 5;
  return { texts: [chosen.text], rules: [leader("leader-basis", changeX, start, end, shows("basis"))] };
}
