import { centralAsianStates, type CentralAsianState } from "../../schemas/tradeRow.ts";
import type { TradeChartRows } from "./chartRows.ts";
import type { BasisRule } from "./sourceRules.ts";

/** The two partners compared country by country. */
export const byCountryPartners = ["CHN", "RUS"] as const;

/** One of {@link byCountryPartners}. */
export type ByCountryPartner = (typeof byCountryPartners)[number];

/** A sourced per-country figure. */
export interface CountryValue {
  value: number;
  /** Decimal places of the row's turnover cell. */
  decimals: number;
  line: number;
  sourceUrl: string;
}

/** One state's trade with each partner; a partner without a row is `undefined` ("not published"). */
export interface CountryPair {
  iso3: CentralAsianState;
  values: Record<ByCountryPartner, CountryValue | undefined>;
}

/** The per-country comparison: the year and one pair per state, largest China figure first. */
export interface ByCountryComparison {
  year: number;
  pairs: CountryPair[];
}

function valueOf(rows: TradeChartRows, iso3: string, year: number, partner: ByCountryPartner, rule: BasisRule) {
  const row = rows.find(
    (r) => r.year === year && r.partner === partner && r.reporter_iso3 === iso3 && r.source.startsWith(rule.prefix),
  );
  return (
    row && { value: row.turnover_usd_bn, decimals: row.turnoverDecimals, line: row.line, sourceUrl: row.source_url }
  );
}

/**
 * Finds the latest year in which some state has a figure for both partners (from the given
 * per-country sources) and pairs every state's figures for that year, sorted by the China figure.
 */
export function compareByCountry(
  rows: TradeChartRows,
  rules: Record<ByCountryPartner, BasisRule>,
): ByCountryComparison {
  const years = [...new Set(rows.map((row) => row.year))].sort((a, b) => b - a);
  const year = years.find((candidate) =>
    centralAsianStates.some((iso3) =>
      byCountryPartners.every((partner) => valueOf(rows, iso3, candidate, partner, rules[partner])),
    ),
  );
  if (year === undefined) {
    throw new Error(
      `central-asia-trade.csv has no year in which a Central Asian state has rows for both China ("${rules.CHN.prefix}…") and Russia ("${rules.RUS.prefix}…").`,
    );
  }
  const pairs = centralAsianStates.map((iso3) => ({
    iso3,
    values: { CHN: valueOf(rows, iso3, year, "CHN", rules.CHN), RUS: valueOf(rows, iso3, year, "RUS", rules.RUS) },
  }));
  return { year, pairs: pairs.sort((a, b) => (b.values.CHN?.value ?? -1) - (a.values.CHN?.value ?? -1)) };
}

/** True when China's figure is the larger for every state that has both figures. */
export function isChinaAheadEverywhere({ pairs }: ByCountryComparison): boolean {
  const both = pairs.filter((pair) => pair.values.CHN && pair.values.RUS);
  return both.every((pair) => (pair.values.CHN?.value ?? 0) > (pair.values.RUS?.value ?? 0));
}
