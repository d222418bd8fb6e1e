import type { ScaleLinear } from "d3-scale";
import type { TradePartner } from "../../../schemas/tradeRow.ts";
import { formatMoney } from "../../shared/format.ts";
import type { TradeModel } from "../model/buildModel.ts";
import type { TradeStateSpec } from "../states.ts";
import { partnerNames } from "../text/names.ts";
import { plotOf, type ChartDimensions } from "./dimensions.ts";
import { yearX } from "./scales.ts";

/**
 * What a scrubbing step draws at each year of a line state, as plain data: the lines revealed up
 * to that year's points (a clip), and a readout of each line's figure that year. A year a line
 * has no figure for says so; nothing is drawn between years that the data do not have.
 */
export interface TradeScrub {
  /** Right edge of the reveal at each year (by year): just past that year's points. */
  clip: Record<string, number>;
  /** The readout at each year (by year): one line per series shown, "China $4.8bn". */
  readout: Record<string, { partner: TradePartner; text: string }[]>;
  /** Top-left of the readout: the label column right of the plot, whose labels wait meanwhile. */
  at: { x: number; y: number };
}

/** The years a line state can be scrubbed through: the first on its time axis to the last it reveals. */
export function scrubYears(model: TradeModel, spec: TradeStateSpec): number[] {
  if (spec.view !== "lines") return [];
  const to = spec.revealTo(model);
  return Array.from({ length: to - model.firstYear + 1 }, (_, index) => model.firstYear + index);
}

function readoutLine(model: TradeModel, partner: TradePartner, year: number) {
  const point = model.series[partner].points.find((candidate) => candidate.year === year);
  const figure = point
    ? formatMoney(point.amount, { isLowerBound: point.isLowerBound, isStatement: point.isStatement, isTight: true })
    : "no figure";
  return { partner, text: `${partnerNames[partner]} ${figure}` };
}

/** The scrub of one line state at one size; undefined for the bar view, which does not scrub. */
export function layoutScrub(
  model: TradeModel,
  spec: TradeStateSpec,
  x: ScaleLinear<number, number>,
  dims: ChartDimensions,
): TradeScrub | undefined {
  const years = scrubYears(model, spec);
  if (years.length === 0) return undefined;
  const plot = plotOf(dims);
  // Just past the point, so the line ends on its year and never reaches into the next.
  const reach = dims.markers.point + 1;
  return {
    clip: Object.fromEntries(years.map((year) => [year, Math.round((yearX(x, year) + reach) * 10) / 10])),
    readout: Object.fromEntries(
      years.map((year) => [year, spec.series.map((partner) => readoutLine(model, partner, year))]),
    ),
    at: { x: plot.right + 8, y: plot.top + dims.fontSize },
  };
}
