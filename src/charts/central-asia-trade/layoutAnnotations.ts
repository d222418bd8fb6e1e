import type { ScaleLinear } from "d3-scale";
import { estimateTextWidth, type ChartDimensions } from "./dimensions.ts";
import { formatBillions, formatDate } from "./format.ts";
import type { TradeModel } from "./model.ts";
import { round } from "./round.ts";
import { plotOf, yearX } from "./scales.ts";
import type { ChartSize, RuleMark, TextMark } from "./scene.ts";
import type { SeriesPoint } from "./series.ts";
import type { AnnotationId, TradeStateSpec } from "./stateSpecs.ts";
import { wrapText } from "./wrapText.ts";

/** Notes and their rules for one state; every note exists in every state, hidden where unused. */
export interface Annotations {
  texts: TextMark[];
  rules: RuleMark[];
}

interface Context {
  model: TradeModel;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  plot: ReturnType<typeof plotOf>;
  fontSize: number;
  lineHeight: number;
  size: ChartSize;
  shows(id: AnnotationId): boolean;
}

const eventChars: Record<ChartSize, number> = { compact: 24, wide: 34 };
const basisNoteLines = ["Dashed: Russian", "officials'", "statements"];

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

function leader(key: string, x: number, from: number, to: number, isVisible: boolean): RuleMark {
  return { key, x1: round(x), y1: round(from), x2: round(x), y2: round(to), isVisible };
}

/**
 * Each line's first value, above the line wherever the note's width reaches (the lines are low
 * there, and a note on top of a line would read as a gap in it).
 */
function startNotes({ model, x, y, fontSize, lineHeight, size, shows }: Context): TextMark[] {
  const yearWidth = x(model.firstYear + 1) - x(model.firstYear);
  return (["RUS", "CHN"] as const).flatMap((partner) => {
    const points = model.series[partner].points;
    const first = points[0];
    if (!first) return [];
    const text = [`${first.year}:`, formatBillions(first.value)];
    const lines = size === "compact" ? text : [text.join(" ")];
    const left = yearX(x, first.year) - 3;
    const right = left + Math.max(...lines.map((line) => estimateTextWidth(line, fontSize)));
    const under = points.filter((p) => yearX(x, p.year) >= left - yearWidth && yearX(x, p.year) <= right + yearWidth);
    const top = Math.min(...under.map((p) => y(p.value))) - 6 - lines.length * lineHeight;
    return [note(`note-start-${partner}`, left, top, "start", lines, partner, shows("start"))];
  });
}

/** The dip, in the empty band under the lines with a leader up to it; the peak, above its point. */
function dipAndPeak({ model, x, y, plot, lineHeight, size, shows }: Context): Annotations {
  const dip = model.dip.point;
  const dipX = yearX(x, dip.year);
  const dipTop = plot.bottom - lineHeight - 6;
  const peak = model.peak.point;
  const peakText = [`${peak.year} peak:`, formatBillions(peak.value)];
  const peakLines = size === "compact" ? peakText : [peakText.join(" ")];
  return {
    texts: [
      note("note-dip", dipX - 6, dipTop, "start", [`${dip.year}: ${formatBillions(dip.value)}`], "CHN", shows("dip")),
      note(
        "note-peak",
        yearX(x, peak.year),
        y(peak.value) - 8 - peakLines.length * lineHeight,
        "middle",
        peakLines,
        "CHN",
        shows("peak"),
      ),
    ],
    rules: [leader("leader-dip", dipX, y(dip.value) + 6, dipTop - 3, shows("dip"))],
  };
}

/** Where Russia's line changes basis: a note in the band under the lines, with a leader up to the change. */
function basisNote({ model, x, y, plot, lineHeight, size, shows }: Context): Annotations {
  const rus = model.series.RUS;
  const before = rus.points.find((point) => point.year === rus.lastPrimaryYear);
  const after = rus.points.find((point) => point.year === rus.lastPrimaryYear + 1);
  const changeX = x(rus.lastPrimaryYear + 1);
  const changeY = before && after ? (y(before.value) + y(after.value)) / 2 : plot.bottom;
  const lines = size === "compact" ? basisNoteLines : [basisNoteLines[0] ?? "", basisNoteLines.slice(1).join(" ")];
  const top = plot.bottom - lines.length * lineHeight - 6;
  return {
    texts: [note("note-basis", changeX - 4, top, "start", lines, "RUS", shows("basis"))],
    rules: [leader("leader-basis", changeX, changeY + 5, top - 3, shows("basis"))],
  };
}

/** The dated event as a full-height rule, its text (from events.csv) at the top left of it. */
function eventMarker({ model, x, plot, size }: Context, isVisible: boolean): Annotations {
  const event = model.invasion;
  const eventX = x(event.time);
  const lines = wrapText(`${event.text}, ${formatDate(event.date)}`, eventChars[size]);
  return {
    texts: [note(`event-${event.date}`, eventX - 5, plot.top, "end", lines, "muted", isVisible)],
    rules: [
      { key: `event-${event.date}`, x1: round(eventX), y1: plot.top, x2: round(eventX), y2: plot.bottom, isVisible },
    ],
  };
}

/** The notes the step text refers to, each placed where the data leaves room. */
export function layoutAnnotations(
  model: TradeModel,
  spec: TradeStateSpec,
  scales: { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> },
  dims: ChartDimensions,
  size: ChartSize,
): Annotations {
  const isLines = spec.view === "lines";
  const context: Context = {
    model,
    ...scales,
    plot: plotOf(dims),
    fontSize: dims.fontSize,
    lineHeight: dims.lineHeight,
    size,
    shows: (id) => isLines && spec.annotations.includes(id),
  };
  const parts = [dipAndPeak(context), basisNote(context), eventMarker(context, isLines && spec.hasEvent)];
  return {
    texts: [...startNotes(context), ...parts.flatMap((part) => part.texts)],
    rules: parts.flatMap((part) => part.rules),
  };
}
