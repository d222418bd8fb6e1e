import { centralAsianStates, type CentralAsianState, type TradePartner } from "../../../schemas/tradeRow.ts";
import { figureOf, rowsOf, type SourcedFigure, type TradeRows } from "./points.ts";
import { byCountryRules, type ByCountryPartner } from "./rules.ts";

/** A region total from another count than the line's, for one year. */
export interface ComparisonPoint extends SourcedFigure {
  /** Stable key, e.g. `CHN-edb`. */
  key: string;
  partner: TradePartner;
}

/**
 * The other counts of `year` (CA5 rows of each rule's basis), in rule order. A rule without a
 * row that year is skipped: the chart shows what exists and invents nothing.
 */
export function findComparisons(
  rows: TradeRows,
  year: number,
  rules: readonly { partner: TradePartner; slug: string }[],
): ComparisonPoint[] {
  return rules.flatMap((rule) => {
    const row = rowsOf(rows, rule.partner, "CA5", rule.slug).find((candidate) => candidate.year === year);
    return row ? [{ ...figureOf(row), key: `${rule.partner}-${rule.slug}`, partner: rule.partner }] : [];
  });
}

/** One state's trade with each partner; a partner without a row is `undefined` ("not published"). */
export interface CountryPair {
  iso3: CentralAsianState;
  values: Record<ByCountryPartner, SourcedFigure | undefined>;
}

/** The per-country comparison: the year and one pair per state, largest China figure first. */
export interface ByCountryComparison {
  year: number;
  pairs: CountryPair[];
}

function valueOf(rows: TradeRows, iso3: string, year: number, partner: ByCountryPartner): SourcedFigure | undefined {
  const row = rowsOf(rows, partner, iso3, byCountryRules[partner]).find((candidate) => candidate.year === year);
  return row && figureOf(row);
}

/**
 * Finds the latest year in which some state has a figure for both partners (from the
 * per-country sources) and pairs every state's figures for that year, sorted by the China figure.
 */
export function compareByCountry(rows: TradeRows): ByCountryComparison {
  const partners = Object.keys(byCountryRules) as ByCountryPartner[];
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a);
  const year = years.find((candidate) =>
    centralAsianStates.some((iso3) => partners.every((partner) => valueOf(rows, iso3, candidate, partner))),
  );
  if (year === undefined) {
    throw new Error(
      `central-asia-trade.csv has no year in which a Central Asian state has rows for both China ("${byCountryRules.CHN}") and Russia ("${byCountryRules.RUS}").`,
    );
  }
  const pairs = centralAsianStates.map((iso3) => ({
    iso3,
    values: { CHN: valueOf(rows, iso3, year, "CHN"), RUS: valueOf(rows, iso3, year, "RUS") },
  }));
  const chinaValue = (pair: CountryPair) => pair.values.CHN?.amount.value ?? -1;
  return { year, pairs: pairs.sort((a, b) => chinaValue(b) - chinaValue(a)) };
}

/** True when China's figure is the larger for every state that has both figures. */
export function isChinaAheadEverywhere({ pairs }: ByCountryComparison): boolean {
  const both = pairs.filter((pair) => pair.values.CHN && pair.values.RUS);
  return both.every((pair) => (pair.values.CHN?.amount.value ?? 0) > (pair.values.RUS?.amount.value ?? 0));
}
