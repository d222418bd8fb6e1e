import type { ScaleLinear } from "d3-scale";
import { formatTick } from "../../shared/format.ts";
import { round } from "../../shared/round.ts";
import type { TradeModel } from "../model/buildModel.ts";
import { tradeStateSpecs } from "../states.ts";
import { chartDimensions, type ChartDimensions } from "./dimensions.ts";
import { timeScale, valueScale, yearX } from "./scales.ts";
import type { TickMark } from "./scene.ts";

const tickCount = 5;
const lineSpecs = Object.values(tradeStateSpecs).filter((spec) => spec.view === "lines");
const allDimensions = Object.values(chartDimensions);

/** Round years that d3 picks for the axis width, at the years' points. */
function yearTicks(x: ScaleLinear<number, number>, dims: ChartDimensions): number[] {
  const [, end = 0] = x.domain();
  return x.ticks(dims.yearTicks).filter((year) => Number.isInteger(year) && year < end);
}

/**
 * Keyed ticks of one axis. Every scene lists the ticks any state at any size uses, placed on
 * this scene's scale, so the browser slides them along as the axis rescales (or the drawing
 * changes size) instead of creating and removing nodes; the ones this scene does not use are hidden.
 */
function keyedTicks(
  candidates: Iterable<number>,
  shown: readonly number[],
  place: (value: number) => number,
  label: (value: number) => string,
  isShown: boolean,
): TickMark[] {
  const visible = new Set(shown);
  return [...new Set(candidates)]
    .sort((a, b) => a - b)
    .map((value) => ({
      key: String(value),
      position: round(place(value)),
      label: label(value),
      isVisible: isShown && visible.has(value),
    }));
}

/** Value ticks ("$20bn"); the baseline needs no label, and one there would sit under the lines' first years. */
export function layoutValueTicks(model: TradeModel, y: ScaleLinear<number, number>, isShown: boolean): TickMark[] {
  const candidates = lineSpecs.flatMap((spec) =>
    allDimensions.flatMap((dims) => valueScale(model, spec, dims).ticks(tickCount)),
  );
  return keyedTicks(candidates, y.ticks(tickCount), y, (value) => (value === 0 ? "" : formatTick(value)), isShown);
}

/** Year ticks, keyed by year. */
export function layoutYearTicks(
  model: TradeModel,
  x: ScaleLinear<number, number>,
  dims: ChartDimensions,
  isShown: boolean,
): TickMark[] {
  const candidates = lineSpecs.flatMap((spec) =>
    allDimensions.flatMap((each) => yearTicks(timeScale(model, spec.revealTo(model), each), each)),
  );
  return keyedTicks(candidates, yearTicks(x, dims), (year) => yearX(x, year), String, isShown);
}
