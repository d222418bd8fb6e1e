import type { Amount } from "../../../schemas/csvFields.ts";
import { basisOf } from "../../../schemas/tradeBases.ts";
import type { TradeRow } from "../../../schemas/tradeRow.ts";
import type { DatasetRows } from "../../../data/datasets.ts";

/** The trade rows, validated, in file order. */
export type TradeRows = DatasetRows<"trade">;

/** A sourced figure as the chart uses it: its amount, how it is worded, and the row it comes from. */
export interface SourcedFigure {
  year: number;
  amount: Amount;
  /** Slug of the row's basis (see tradeBases.ts). */
  basis: string;
  /** The source only says "over" this value. */
  isLowerBound: boolean;
  /** An official's rounded statement, printed as stated. */
  isStatement: boolean;
  /** 1-based line of the CSV row. */
  line: number;
  sourceUrl: string;
}

/** The figure of a row's turnover. */
export function figureOf(row: TradeRow & { line: number }): SourcedFigure {
  const basis = basisOf(row);
  return {
    year: row.year,
    amount: row.turnover_usd_bn,
    basis: basis?.slug ?? "",
    isLowerBound: row.bound === "lower",
    isStatement: basis?.isStatement ?? false,
    line: row.line,
    sourceUrl: row.source_url,
  };
}

/** The rows of one partner, reporter and basis. */
export function rowsOf(rows: TradeRows, partner: string, reporter: string, slug: string): TradeRows {
  return rows.filter((row) => row.partner === partner && row.reporter_iso3 === reporter && basisOf(row)?.slug === slug);
}
