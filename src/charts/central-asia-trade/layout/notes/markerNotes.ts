import { placeClear } from "../../../shared/boxes.ts";
import { formatDate } from "../../../shared/format.ts";
import { wrapText } from "../../../shared/wrapText.ts";
import type { TradeStateSpec } from "../../states.ts";
import type { TextMark } from "../scene.ts";
import { textBox } from "../textBoxes.ts";
import { gap, isClearOfLines, note, rule, type Annotations, type NoteContext } from "./noteContext.ts";

/**
 * The dated events of the state as full-height rules on the time axis, each labelled with what
 * happened and when. Events of the same year share one label (they stand a few units apart);
 * the label goes where it keeps clear of the lines, the axis labels and the other notes.
 */
export function markerNotes(context: NoteContext, spec: TradeStateSpec): Annotations {
  const { model, x, plot, dims } = context;
  const isShown = (id: string) => spec.view === "lines" && (spec.markers as readonly string[]).includes(id);
  const markers = Object.values(model.markers);
  const rules = markers.map((marker) =>
    rule(`marker-${marker.id}`, x(marker.time), plot.top, plot.bottom, isShown(marker.id)),
  );
  const texts = markers.map((marker) => {
    const sameYear = markers.filter((other) => isShown(other.id) && other.year === marker.year);
    const isLead = isShown(marker.id) && sameYear[0] === marker;
    const lines = sameYear.flatMap((each) =>
      wrapText(`${each.label}, ${formatDate(each.date, { month: "short" })}`, dims.markerChars),
    );
    const markerX = x(marker.time);
    // Near the top of the rule first, then in the band under the lines (where the years after
    // 2008 leave room), then further down from the top.
    const height = lines.length * dims.lineHeight;
    const tops = [
      ...[0, 1, 2].map((row) => plot.top + row * dims.lineHeight),
      ...[0, 1, 2, 3].map((row) => plot.bottom - gap - height - row * dims.lineHeight),
      ...[3, 4, 5, 6, 8, 10].map((row) => plot.top + row * dims.lineHeight),
    ];
    const candidates = tops.flatMap((top) => [
      note(`marker-${marker.id}`, markerX + 4, top, "start", lines, "muted", isLead),
      note(`marker-${marker.id}`, markerX - 4, top, "end", lines, "muted", isLead),
    ]);
    const boxOf = (mark: TextMark) => textBox(mark, dims.fontSize, dims.lineHeight);
    const chosen = placeClear(candidates, boxOf, context.obstacles, {
      gap,
      // The label column right of the plot is open to a marker's label where no end label stands.
      isAllowed: (box) => box.left >= plot.left && box.right <= dims.width && box.bottom <= plot.bottom - gap,
      isPreferred: (box) => isClearOfLines(context, box),
    });
    const mark = chosen ?? candidates[0]!;
    if (mark.isVisible) context.obstacles.push(boxOf(mark));
    return mark;
  });
  return { texts, rules };
}
