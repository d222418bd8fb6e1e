import { loadEvents, type EventRows } from "../../data/loadEvents.ts";
import type { TradeRow } from "../../schemas/tradeRow.ts";
import { decimalsOf, loadTradeChartRows, type TradeChartRow, type TradeChartRows } from "./chartRows.ts";

/**
 * Test helpers: the project's real CSV rows, and edited copies of them, so tests can check
 * that a result follows the data (change a row, see the answer move) rather than a constant.
 */
export const realRows: TradeChartRows = loadTradeChartRows();
/** The project's real events.csv rows. */
export const realEvents: EventRows = loadEvents();

/** A copy of the rows with the rows matching `where` changed by `change`. */
export function editRows(
  rows: TradeChartRows,
  where: (row: TradeChartRow) => boolean,
  change: Partial<TradeChartRow>,
): TradeChartRows {
  return rows.map((row) => (where(row) ? { ...row, ...change } : row));
}

/** A copy of the rows plus `row` (given the next free line number, and its value's own decimals). */
export function addRow(rows: TradeChartRows, row: TradeRow): TradeChartRows {
  const line = Math.max(...rows.map((r) => r.line)) + 1;
  return [...rows, { ...row, line, turnoverDecimals: decimalsOf(String(row.turnover_usd_bn)) }];
}

/** Region-total rows of a partner whose source starts with `prefix`. */
export function regionRows(rows: TradeChartRows, partner: string, prefix: string): TradeChartRows {
  return rows.filter((row) => row.partner === partner && row.reporter_iso3 === "CA5" && row.source.startsWith(prefix));
}
