import type { ScaleLinear } from "d3-scale";
import type { ChartDimensions } from "./dimensions.ts";
import { formatTick } from "./format.ts";
import type { TradeModel } from "./model.ts";
import { round } from "./round.ts";
import { timeScale, valueScale, yearX } from "./scales.ts";
import type { TickMark } from "./scene.ts";
import { tradeStateSpecs } from "./stateSpecs.ts";

const tickCount = 5;

/**
 * Value ticks. Every state's frame lists the ticks of all states (keyed by value), placed on
 * its own scale, so the updater can slide them along as the axis rescales instead of creating
 * and removing nodes; the ones this state does not use are hidden.
 */
export function layoutValueTicks(
  model: TradeModel,
  y: ScaleLinear<number, number>,
  dims: ChartDimensions,
  isShown: boolean,
): TickMark[] {
  const candidates = new Set<number>();
  for (const spec of Object.values(tradeStateSpecs)) {
    if (spec.view === "lines")
      for (const value of valueScale(model, spec, dims).ticks(tickCount)) candidates.add(value);
  }
  const shown = new Set(y.ticks(tickCount));
  return [...candidates]
    .sort((a, b) => a - b)
    .map((value) => ({
      key: String(value),
      position: round(y(value)),
      // The baseline needs no label, and one there would sit under the lines' first years.
      label: value === 0 ? "" : formatTick(value),
      isVisible: isShown && shown.has(value),
    }));
}

/** Year ticks of one time axis: round years that d3 picks for the width, at the years' points. */
function yearTicks(x: ScaleLinear<number, number>, dims: ChartDimensions): number[] {
  const [, end = 0] = x.domain();
  return x.ticks(dims.yearTicks).filter((year) => Number.isInteger(year) && year < end);
}

/**
 * Year ticks, keyed by year. As with the value ticks, every frame lists the ticks any state
 * uses, placed on this state's axis, so they slide as the axis widens.
 */
export function layoutYearTicks(
  model: TradeModel,
  x: ScaleLinear<number, number>,
  dims: ChartDimensions,
  isShown: boolean,
): TickMark[] {
  const candidates = new Set<number>();
  for (const spec of Object.values(tradeStateSpecs)) {
    if (spec.view === "lines")
      for (const year of yearTicks(timeScale(model, spec.revealTo(model), dims), dims)) candidates.add(year);
  }
  const shown = new Set(yearTicks(x, dims));
  return [...candidates]
    .sort((a, b) => a - b)
    .map((year) => ({
      key: String(year),
      position: round(yearX(x, year)),
      label: String(year),
      isVisible: isShown && shown.has(year),
    }));
}
