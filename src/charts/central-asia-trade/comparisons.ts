import type { TradeChartRows } from "./chartRows.ts";
import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { ComparisonRule } from "./sourceRules.ts";

/** A region total from another count than the line's, for one year. */
export interface ComparisonPoint {
  /** Stable key, e.g. `CHN-edb`. */
  key: string;
  partner: TradePartner;
  basis: string;
  /** Whose count it is, in running text. */
  name: string;
  year: number;
  value: number;
  /** Decimal places of the row's turnover cell. */
  decimals: number;
  line: number;
  sourceUrl: string;
}

/**
 * The other counts of `year` (CA5 rows matching a comparison rule), in rule order. A rule
 * without a row that year is skipped: the chart shows what exists and invents nothing.
 */
export function findComparisons(
  rows: TradeChartRows,
  year: number,
  rules: readonly ComparisonRule[],
): ComparisonPoint[] {
  return rules.flatMap((rule) => {
    const row = rows.find(
      (candidate) =>
        candidate.year === year &&
        candidate.partner === rule.partner &&
        candidate.reporter_iso3 === "CA5" &&
        candidate.source.startsWith(rule.prefix),
    );
    if (!row) return [];
    return [
      {
        key: `${rule.partner}-${rule.basis}`,
        partner: rule.partner,
        basis: rule.basis,
        name: rule.name,
        year,
        value: row.turnover_usd_bn,
        decimals: row.turnoverDecimals,
        line: row.line,
        sourceUrl: row.source_url,
      },
    ];
  });
}
