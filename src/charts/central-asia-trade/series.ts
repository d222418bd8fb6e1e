import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { TradeChartRow, TradeChartRows } from "./chartRows.ts";
import type { SeriesRule } from "./sourceRules.ts";

/** One yearly value of a region-total line, traced to its CSV row. */
export interface SeriesPoint {
  year: number;
  /** Turnover, US$ billions, exactly as in the row. */
  value: number;
  /** Decimal places of the row's turnover cell, so the figure shows as written. */
  decimals: number;
  /** Id of the statistical basis (see BasisRule.basis). */
  basis: string;
  /** The source only says "over" this value. */
  isLowerBound: boolean;
  /** 1-based line of the CSV row. */
  line: number;
  sourceUrl: string;
}

/** A partner's region-total line: its points in year order. */
export interface TradeSeries {
  partner: TradePartner;
  points: SeriesPoint[];
  /** Last year of the primary source; the continuation only covers later years. */
  lastPrimaryYear: number;
}

/**
 * Builds one line from the CA5 rows: the primary source's years, then the continuation's
 * years after the primary's last year. Missing years stay missing: nothing is interpolated.
 */
export function buildSeries(rows: TradeChartRows, rule: SeriesRule): TradeSeries {
  const region = rows.filter((row) => row.partner === rule.partner && row.reporter_iso3 === "CA5");
  const primary = region.filter((row) => row.source.startsWith(rule.primary.prefix));
  if (primary.length === 0) {
    throw new Error(
      `central-asia-trade.csv has no CA5 row for ${rule.partner} whose source starts with "${rule.primary.prefix}"; the ${rule.partner} line needs it.`,
    );
  }
  const lastPrimaryYear = Math.max(...primary.map((row) => row.year));
  const { continuation } = rule;
  const later = continuation
    ? region.filter((row) => row.source.startsWith(continuation.prefix) && row.year > lastPrimaryYear)
    : [];
  const toPoint = (basis: string) => (row: TradeChartRow) => ({
    year: row.year,
    value: row.turnover_usd_bn,
    decimals: row.turnoverDecimals,
    basis,
    isLowerBound: row.bound === "lower",
    line: row.line,
    sourceUrl: row.source_url,
  });
  const points = [...primary.map(toPoint(rule.primary.basis)), ...later.map(toPoint(continuation?.basis ?? ""))];
  return { partner: rule.partner, points: points.sort((a, b) => a.year - b.year), lastPrimaryYear };
}
