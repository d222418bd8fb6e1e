import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { CountryPair } from "./byCountry.ts";
import { formatBillions, formatValue } from "./format.ts";
import type { TradeModel } from "./model.ts";
import type { SeriesPoint } from "./series.ts";
import { partnerNames, stateNames } from "./sourceRules.ts";

/** A partner's line value in `year`, if the data has one (a missing year stays missing). */
export function pointAt(model: TradeModel, partner: TradePartner, year: number): SeriesPoint | undefined {
  return model.series[partner].points.find((point) => point.year === year);
}

/** A point for running text: "$70.2bn", "over $42.0bn", or "no figure" where the data has none. */
export function pointText(point: SeriesPoint | undefined): string {
  return point ? formatValue(point, point.isLowerBound) : "no figure";
}

/** True when Russia's line is above China's in every year up to `to` in which both have a value. */
export function isRussiaAheadTo(model: TradeModel, to: number): boolean {
  const years = model.series.CHN.points.filter((point) => point.year <= to && pointAt(model, "RUS", point.year));
  return years.every((point) => (pointAt(model, "RUS", point.year)?.value ?? 0) > point.value);
}

/** One state's pair for running text: "Kazakhstan: China $41.0bn, Russia $26.0bn" ("not published" where missing). */
export function countryPairText({ iso3, values }: CountryPair): string {
  const part = (partner: "CHN" | "RUS") =>
    `${partnerNames[partner]} ${values[partner] ? formatBillions(values[partner]) : "not published"}`;
  return `${stateNames[iso3]}: ${part("CHN")}, ${part("RUS")}`;
}
