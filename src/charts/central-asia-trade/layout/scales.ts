import { scaleLinear, type ScaleLinear } from "d3-scale";
import type { TradeModel } from "../model/buildModel.ts";
import type { TradeStateSpec } from "../states.ts";
import { plotOf, type ChartDimensions } from "./dimensions.ts";

/**
 * Time axis over whole years from the first year to the last revealed one, so the axis widens
 * as the story moves on and the lines' ends always meet the label column. Year Y occupies
 * [Y, Y + 1] and its annual value is drawn at the middle, so a dated event (24 Feb 2022) falls
 * inside its year, before that year's point.
 */
export function timeScale(model: TradeModel, to: number, dims: ChartDimensions): ScaleLinear<number, number> {
  const plot = plotOf(dims);
  return scaleLinear()
    .domain([model.firstYear, to + 1])
    .range([plot.left + dims.axisGutter, plot.right]);
}

/** x of a year's annual value. */
export function yearX(x: ScaleLinear<number, number>, year: number): number {
  return x(year + 0.5);
}

/** The largest value the state shows: its series up to the revealed year, and its other counts. */
function visibleMax(model: TradeModel, spec: TradeStateSpec): number {
  const to = spec.revealTo(model);
  const values = spec.series.flatMap((partner) =>
    model.series[partner].points.filter((point) => point.year <= to).map((point) => point.amount.value),
  );
  if (spec.hasComparisons) values.push(...model.comparisons.map((point) => point.amount.value));
  return Math.max(1, ...values);
}

/** Value axis from zero to a round number above what the state shows, so lines fill the height. */
export function valueScale(
  model: TradeModel,
  spec: TradeStateSpec,
  dims: ChartDimensions,
): ScaleLinear<number, number> {
  const plot = plotOf(dims);
  return scaleLinear()
    .domain([0, visibleMax(model, spec)])
    .range([plot.bottom, plot.top])
    .nice(5);
}
