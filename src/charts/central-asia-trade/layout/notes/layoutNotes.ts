import type { ScaleLinear } from "d3-scale";
import type { Box } from "../../../shared/boxes.ts";
import type { TradeModel } from "../../model/buildModel.ts";
import type { TradeStateSpec } from "../../states.ts";
import { plotOf, type ChartDimensions, type ChartSize } from "../dimensions.ts";
import { textBox } from "../textBoxes.ts";
import { basisNote } from "./basisNote.ts";
import { dipAndPeak } from "./dipAndPeak.ts";
import { markerNotes } from "./markerNotes.ts";
import type { Annotations, NoteContext } from "./noteContext.ts";
import { startNotes } from "./startNotes.ts";

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
