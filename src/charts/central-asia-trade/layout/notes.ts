import type { ScaleLinear } from "d3-scale";
import type { TradePartner } from "../../../schemas/tradeRow.ts";
import { placeClear, type Box } from "../../shared/boxes.ts";
import { formatDate } from "../../shared/format.ts";
import { measureText } from "../../shared/measureText.ts";
import { round } from "../../shared/round.ts";
import { wrapText } from "../../shared/wrapText.ts";
import type { TradeModel } from "../model/buildModel.ts";
import type { AnnotationId, TradeStateSpec } from "../states.ts";
import { figureLabel } from "../text/labels.ts";
import { plotOf, type ChartDimensions, type ChartSize, type Plot } from "./dimensions.ts";
import { yearX } from "./scales.ts";
import type { RuleMark, TextMark } from "./scene.ts";
import { textBox } from "./textBoxes.ts";

/** Notes and their rules for one state; every note exists in every state, hidden where unused. */
export interface Annotations {
  texts: TextMark[];
  rules: RuleMark[];
}

/** What every note's layout needs: the state, its scales and what it must keep clear of. */
interface NoteContext {
  model: TradeModel;
  /** The state whose lines the notes sit on (for the bar view, the full picture's). */
  lineSpec: TradeStateSpec;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  plot: Plot;
  dims: ChartDimensions;
  size: ChartSize;
  shows(id: AnnotationId): boolean;
  /** Boxes a visible note must not overlap: the axis labels, then the notes placed before it. */
  obstacles: Box[];
}

/** Room a note keeps from another box or from the lines. */
const gap = 4;

/** A note: a block of text in a series' colour (or muted), positioned by its top edge. */
function note(
  key: string,
  x: number,
  y: number,
  anchor: TextMark["anchor"],
  lines: string[],
  tone: TextMark["tone"],
  isVisible: boolean,
): TextMark {
  return { key, x: round(x), y: round(y), anchor, lines, tone, isStrong: false, isVisible };
}

/** A vertical rule (a leader from a note to its point, or a marker), from `from` to `to`. */
function rule(key: string, x: number, from: number, to: number, isVisible: boolean): RuleMark {
  return { key, x1: round(x), y1: round(from), x2: round(x), y2: round(to), isVisible };
}

/**
 * The vertical extent of the given lines, as revealed in this state, over [left, right] widened
 * by a year on each side, so the stretches entering the span count too. Undefined where no line passes.
 */
function lineBand(context: NoteContext, partners: readonly TradePartner[], left: number, right: number) {
  const { model, lineSpec, x, y } = context;
  const to = lineSpec.revealTo(model);
  const yearWidth = x(model.firstYear + 1) - x(model.firstYear);
  const ys = partners
    .filter((partner) => lineSpec.series.includes(partner))
    .flatMap((partner) => model.series[partner].points)
    .filter((point) => point.year <= to)
    .filter((point) => yearX(x, point.year) >= left - yearWidth && yearX(x, point.year) <= right + yearWidth)
    .map((point) => y(point.amount.value));
  return ys.length > 0 ? { top: Math.min(...ys), bottom: Math.max(...ys) } : undefined;
}

/** True when a box stays clear of every revealed line passing under or over it. */
function isClearOfLines(context: NoteContext, box: Box): boolean {
  const band = lineBand(context, ["CHN", "RUS", "EU"], box.left, box.right);
  return !band || box.bottom < band.top - gap || box.top > band.bottom + gap;
}

/** Each line's first value, just above its own line, moved right past any label in its way. */
function startNotes(context: NoteContext): TextMark[] {
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

/** The dip, in the empty band under the lines with a leader up to it; the peak, above its point. */
function dipAndPeak({ model, x, y, plot, dims, size, shows }: NoteContext): Annotations {
  const dip = model.dip.point;
  const dipX = yearX(x, dip.year);
  const dipTop = plot.bottom - dims.lineHeight - 6;
  const peak = model.peak.point;
  const peakText = [`${peak.year} peak:`, figureLabel(peak)];
  const peakLines = size === "compact" ? peakText : [peakText.join(" ")];
  const peakTop = y(peak.amount.value) - 8 - peakLines.length * dims.lineHeight;
  return {
    texts: [
      note("note-dip", dipX - 6, dipTop, "start", [`${dip.year}: ${figureLabel(dip)}`], "CHN", shows("dip")),
      note("note-peak", yearX(x, peak.year), peakTop, "middle", peakLines, "CHN", shows("peak")),
    ],
    rules: [rule("leader-dip", dipX, y(dip.amount.value) + 6, dipTop - 3, shows("dip"))],
  };
}

const basisLines: Record<ChartSize, string[]> = {
  compact: ["Dashed: Russian", "officials'", "statements"],
  wide: ["Dashed: Russian", "officials' statements"],
};

/**
 * Where Russia's line changes basis: a note ending just left of the change, with a leader to
 * it, in the empty band under the lines (a line's height clear of the axis so it never reads
 * as an axis label), or, where the lines come down too low for that, just above them.
 */
function basisNote(context: NoteContext): Annotations {
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

/**
 * The dated events of the state as full-height rules on the time axis, each labelled with what
 * happened and when. Events of the same year share one label (they stand a few units apart);
 * the label goes where it keeps clear of the lines, the axis labels and the other notes.
 */
function markerNotes(context: NoteContext, spec: TradeStateSpec): Annotations {
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

/** What {@link layoutNotes} places the notes on and around. */
export interface NotesInput {
  model: TradeModel;
  /** The state drawn: it decides which notes show. */
  spec: TradeStateSpec;
  /** The lines the notes sit on (the bar view keeps the full picture's, so hidden notes stay put). */
  lineSpec: TradeStateSpec;
  scales: { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> };
  dims: ChartDimensions;
  size: ChartSize;
  /** What no note may cover: the visible axis labels and the labels at the lines' ends. */
  axisLabels: Box[];
}

/**
 * The notes the step text refers to, each placed where the data leaves room: one after
 * another, each keeping clear of the axis labels and of the visible notes placed before it.
 */
export function layoutNotes({ model, spec, lineSpec, scales, dims, size, axisLabels }: NotesInput): Annotations {
  const isLines = spec.view === "lines";
  const context: NoteContext = {
    model,
    lineSpec,
    ...scales,
    plot: plotOf(dims),
    dims,
    size,
    shows: (id) => isLines && spec.annotations.includes(id),
    obstacles: [...axisLabels],
  };
  const parts: Annotations[] = [];
  const place = (part: Annotations) => {
    parts.push(part);
    for (const text of part.texts) {
      if (text.isVisible) context.obstacles.push(textBox(text, dims.fontSize, dims.lineHeight));
    }
  };
  // Start notes and markers push their own boxes as they go, so two of them never meet.
  parts.push({ texts: startNotes(context), rules: [] });
  place(dipAndPeak(context));
  place(basisNote(context));
  parts.push(markerNotes(context, spec));
  return { texts: parts.flatMap((part) => part.texts), rules: parts.flatMap((part) => part.rules) };
}
