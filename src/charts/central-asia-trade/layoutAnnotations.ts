import type { ScaleLinear } from "d3-scale";
import { leader, note, type AnnotationContext, type Annotations } from "./annotationParts.ts";
import type { ChartDimensions } from "./dimensions.ts";
import { formatBillions, formatDate } from "./format.ts";
import { layoutBasisNote } from "./layoutBasisNote.ts";
import { layoutStartNotes } from "./layoutStartNotes.ts";
import type { TradeModel } from "./model.ts";
import { round } from "./round.ts";
import { plotOf, yearX } from "./scales.ts";
import type { ChartSize } from "./scene.ts";
import type { TradeStateSpec } from "./stateSpecs.ts";
import { textBox, type Box } from "./textBox.ts";
import { wrapText } from "./wrapText.ts";

const eventChars: Record<ChartSize, number> = { compact: 24, wide: 34 };

/** The dip, in the empty band under the lines with a leader up to it; the peak, above its point. */
function dipAndPeak({ model, x, y, plot, lineHeight, size, shows }: AnnotationContext): Annotations {
  const dip = model.dip.point;
  const dipX = yearX(x, dip.year);
  const dipTop = plot.bottom - lineHeight - 6;
  const peak = model.peak.point;
  const peakText = [`${peak.year} peak:`, formatBillions(peak)];
  const peakLines = size === "compact" ? peakText : [peakText.join(" ")];
  return {
    texts: [
      note("note-dip", dipX - 6, dipTop, "start", [`${dip.year}: ${formatBillions(dip)}`], "CHN", shows("dip")),
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

/** The dated event as a full-height rule, its text (from events.csv) at the top left of it. */
function eventMarker({ model, x, plot, size }: AnnotationContext, isVisible: boolean): Annotations {
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

/** What {@link layoutAnnotations} places the notes on and around. */
export interface AnnotationFrame {
  model: TradeModel;
  /** The state drawn: it decides which notes show. */
  spec: TradeStateSpec;
  /** The lines the notes sit on (the bar view keeps the full picture's, so hidden notes stay put). */
  lineSpec: TradeStateSpec;
  scales: { x: ScaleLinear<number, number>; y: ScaleLinear<number, number> };
  dims: ChartDimensions;
  size: ChartSize;
  /** The visible axis labels, which no note may cover. */
  axisLabels: Box[];
}

/**
 * The notes the step text refers to, each placed where the data leaves room. They are placed
 * one after another, each keeping clear of the axis labels and of the visible notes before it.
 */
export function layoutAnnotations({
  model,
  spec,
  lineSpec,
  scales,
  dims,
  size,
  axisLabels,
}: AnnotationFrame): Annotations {
  const isLines = spec.view === "lines";
  const context: AnnotationContext = {
    model,
    spec: lineSpec,
    ...scales,
    plot: plotOf(dims),
    fontSize: dims.fontSize,
    lineHeight: dims.lineHeight,
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
  place(eventMarker(context, isLines && spec.hasEvent));
  place({ texts: layoutStartNotes(context), rules: [] });
  place(dipAndPeak(context));
  place(layoutBasisNote(context));
  return { texts: parts.flatMap((part) => part.texts), rules: parts.flatMap((part) => part.rules) };
}
