import type { ScaleLinear } from "d3-scale";
import type { ChartDimensions } from "./dimensions.ts";
import { formatTick } from "./format.ts";
import type { TradeModel } from "./model.ts";
import { round } from "./round.ts";
import { valueScale, yearX } from "./scales.ts";
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

/** Year ticks every `yearStep` years, at the years' points. */
export function layoutYearTicks(
  model: TradeModel,
  x: ScaleLinear<number, number>,
  dims: ChartDimensions,
  isShown: boolean,
): TickMark[] {
  const ticks: TickMark[] = [];
  for (let year = model.firstYear; year <= model.lastYear; year += 1) {
    if (year % dims.yearStep !== 0) continue;
    ticks.push({ key: String(year), position: round(yearX(x, year)), label: String(year), isVisible: isShown });
  }
  return ticks;
}
