import type { TradePartner } from "../../schemas/tradeRow.ts";
import { isChinaAheadEverywhere } from "./byCountry.ts";
import { formatBillions, formatDate } from "./format.ts";
import type { TradeModel } from "./model.ts";
import { countryPairText, isRussiaAheadTo, pointAt, pointText } from "./modelPoints.ts";
import { partnerNames } from "./sourceRules.ts";
import type { TradeStateId } from "./states.ts";
import { tradeStateSpecs } from "./stateSpecs.ts";

const at = (model: TradeModel, partner: TradePartner, year: number) => pointText(pointAt(model, partner, year));

/** A partner's figure for `year` by its own count, then the other counts of that year. */
function countsOf(model: TradeModel, partner: TradePartner, year: number, own: string): string {
  const others = model.comparisons
    .filter((comparison) => comparison.partner === partner)
    .map((comparison) => `${formatBillions(comparison)} by ${comparison.name}`);
  return [`${partnerNames[partner]} ${at(model, partner, year)} by ${own}`, ...others].join(", ");
}

function russiaEra(model: TradeModel, to: number): string {
  const lead = isRussiaAheadTo(model, to) ? "Russia's count above China's every year" : "Russia's and China's counts";
  return `${model.firstYear} to ${to}: ${lead}; in ${to} Russia ${at(model, "RUS", to)}, China ${at(model, "CHN", to)}.`;
}

function byCountry(model: TradeModel): string {
  const { year, pairs } = model.byCountry;
  const lead = isChinaAheadEverywhere(model.byCountry)
    ? "China's figure is the larger for every state with both figures"
    : "China's figure is not the larger for every state";
  const largest = pairs[0];
  return `${year}, country by country: ${lead}${largest ? `; ${countryPairText(largest)}` : ""}.`;
}

/**
 * What a reader hears when the chart moves to a state: the state's key figures in one or two
 * sentences, all from the model. Unlike the description (the SVG's <desc>), it repeats no
 * "line chart of…" preamble, which would be read again at every step.
 */
export function announceTradeState(model: TradeModel, stateId: TradeStateId): string {
  const to = tradeStateSpecs[stateId].revealTo(model);
  const { crossoverYear: year, dip, peak, record, invasion, comparisonYear } = model;
  switch (stateId) {
    case "russia-era":
      return russiaEra(model, to);
    case "crossover":
      return `${year}: China's count passes Russia's, ${at(model, "CHN", year)} against ${at(model, "RUS", year)}.`;
    case "dip-and-peak":
      return `China's count dips to ${pointText(dip.point)} in ${dip.point.year}, then peaks at ${pointText(peak.point)} in ${peak.point.year}.`;
    case "invasion":
      return `${formatDate(invasion.date)}: ${invasion.text}. ${to}: China's customs ${at(model, "CHN", to)}; Russian officials ${at(model, "RUS", to)}.`;
    case "record":
      return `${to}: China's customs ${pointText(record.point)}${record.isHighest ? ", the highest so far" : ""}; Russian officials ${at(model, "RUS", to)}.`;
    case "two-counts":
      return `${comparisonYear}, by whose count: ${countsOf(model, "CHN", comparisonYear, "its customs")}; ${countsOf(model, "RUS", comparisonYear, "its officials")}.`;
    default:
      return byCountry(model);
  }
}
