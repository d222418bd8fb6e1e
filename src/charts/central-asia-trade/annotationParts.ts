import type { ScaleLinear } from "d3-scale";
import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { TradeModel } from "./model.ts";
import { round } from "./round.ts";
import { plotOf, yearX } from "./scales.ts";
import type { ChartSize, RuleMark, TextMark } from "./scene.ts";
import type { AnnotationId, TradeStateSpec } from "./stateSpecs.ts";
import type { Box } from "./textBox.ts";

/** Notes and their rules for one state; every note exists in every state, hidden where unused. */
export interface Annotations {
  texts: TextMark[];
  rules: RuleMark[];
}

/** What every note's layout needs: the state, its scales and what it must keep clear of. */
export interface AnnotationContext {
  model: TradeModel;
  /** The state whose lines the notes sit on (for the bar view, the full picture's). */
  spec: TradeStateSpec;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  plot: ReturnType<typeof plotOf>;
  fontSize: number;
  lineHeight: number;
  size: ChartSize;
  shows(id: AnnotationId): boolean;
  /** Boxes a visible note must not overlap: the axis labels, then the notes placed before it. */
  obstacles: Box[];
}

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

/** A vertical dotted leader from a note to the point it is about. */
export function leader(key: string, x: number, from: number, to: number, isVisible: boolean): RuleMark {
  return { key, x1: round(x), y1: round(from), x2: round(x), y2: round(to), isVisible };
}

/**
 * The vertical extent (top and bottom y) of the given lines, as revealed in this state, over
 * [left, right] widened by a year on each side, so the stretches entering the span count too.
 * Undefined where no line passes.
 */
export function lineBand(
  { model, spec, x, y }: AnnotationContext,
  partners: readonly TradePartner[],
  left: number,
  right: number,
): { top: number; bottom: number } | undefined {
  const to = spec.revealTo(model);
  const yearWidth = x(model.firstYear + 1) - x(model.firstYear);
  const ys = partners
    .filter((partner) => spec.series.includes(partner))
    .flatMap((partner) => model.series[partner].points)
    .filter((point) => point.year <= to)
    .filter((point) => yearX(x, point.year) >= left - yearWidth && yearX(x, point.year) <= right + yearWidth)
    .map((point) => y(point.value));
  return ys.length > 0 ? { top: Math.min(...ys), bottom: Math.max(...ys) } : undefined;
}
