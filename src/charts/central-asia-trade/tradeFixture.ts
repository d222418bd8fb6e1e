import { loadEvents, type EventRows } from "../../data/loadEvents.ts";
import { loadTrade, type TradeRows } from "../../data/loadTrade.ts";
import type { TradeRow } from "../../schemas/tradeRow.ts";

/**
 * Test helpers: the project's real CSV rows, and edited copies of them, so tests can check
 * that a result follows the data (change a row, see the answer move) rather than a constant.
 */
export const realRows: TradeRows = loadTrade();
/** The project's real events.csv rows. */
export const realEvents: EventRows = loadEvents();

/** A copy of the rows with the rows matching `where` changed by `change`. */
export function editRows(
  rows: TradeRows,
  where: (row: TradeRows[number]) => boolean,
  change: Partial<TradeRow>,
): TradeRows {
  return rows.map((row) => (where(row) ? { ...row, ...change } : row));
}

/** A copy of the rows plus `row` (given the next free line number). */
export function addRow(rows: TradeRows, row: TradeRow): TradeRows {
  return [...rows, { ...row, line: Math.max(...rows.map((r) => r.line)) + 1 }];
}

/** Region-total rows of a partner whose source starts with `prefix`. */
export function regionRows(rows: TradeRows, partner: string, prefix: string): TradeRows {
  return rows.filter((row) => row.partner === partner && row.reporter_iso3 === "CA5" && row.source.startsWith(prefix));
}
