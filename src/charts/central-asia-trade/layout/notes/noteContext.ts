import type { ScaleLinear } from "d3-scale";
import type { TradePartner } from "../../../../schemas/tradeRow.ts";
import type { Box } from "../../../shared/boxes.ts";
import { round } from "../../../shared/round.ts";
import type { TradeModel } from "../../model/buildModel.ts";
import type { AnnotationId, TradeStateSpec } from "../../states.ts";
import type { ChartDimensions, ChartSize, Plot } from "../dimensions.ts";
import { yearX } from "../scales.ts";
import type { RuleMark, TextMark } from "../scene.ts";

/** Notes and their rules for one state; every note exists in every state, hidden where unused. */
export interface Annotations {
  texts: TextMark[];
  rules: RuleMark[];
}

/** What every note's layout needs: the state, its scales and what it must keep clear of. */
export interface NoteContext {
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
export const gap = 4;

/** A note: a block of text in a series' colour (or muted), positioned by its top edge. */
export function note(
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
export function rule(key: string, x: number, from: number, to: number, isVisible: boolean): RuleMark {
  return { key, x1: round(x), y1: round(from), x2: round(x), y2: round(to), isVisible };
}

/**
 * The vertical extent of the given lines, as revealed in this state, over [left, right] widened
 * by a year on each side, so the stretches entering the span count too. Undefined where no line passes.
 */
export function lineBand(context: NoteContext, partners: readonly TradePartner[], left: number, right: number) {
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
export function isClearOfLines(context: NoteContext, box: Box): boolean {
  const band = lineBand(context, ["CHN", "RUS", "EU"], box.left, box.right);
  return !band || box.bottom < band.top - gap || box.top > band.bottom + gap;
}
