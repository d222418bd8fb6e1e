import { tradeColumns, tradeRowSchema, type TradeRow } from "../schemas/tradeRow.ts";
import { dataFiles } from "./dataFiles.ts";
import { assertUniqueRows, displayPath, readCsv, type Located } from "./readCsv.ts";

/** Validated rows of `central-asia-trade.csv`, in file order. */
export type TradeRows = readonly Located<TradeRow>[];

/**
 * Fails on a repeated figure: the same year, partner, reporter and source twice. Different
 * sources for the same year are expected (they are the point of the chart), so the source is
 * part of the identity.
 */
export function checkTradeRows(rows: TradeRows, file: string): void {
  assertUniqueRows(rows, file, (row) => `${row.year} ${row.partner}–${row.reporter_iso3}, ${row.source}`, "source");
}

/** Reads, validates and cross-checks `central-asia-trade.csv` (or another file of its shape). */
export function loadTrade(filePath: string = dataFiles.trade): TradeRows {
  const rows = readCsv(filePath, tradeRowSchema, tradeColumns);
  checkTradeRows(rows, displayPath(filePath));
  return rows;
}
