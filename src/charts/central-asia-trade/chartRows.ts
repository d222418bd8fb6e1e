import { readFileSync } from "node:fs";
import { z } from "zod";
import { dataFiles } from "../../data/dataFiles.ts";
import { loadTrade, type TradeRows } from "../../data/loadTrade.ts";
import { displayPath, parseCsv } from "../../data/readCsv.ts";

/** A validated trade row, plus the precision its turnover cell was written with. */
export type TradeChartRow = TradeRows[number] & {
  /** Decimal places of `turnover_usd_bn` as written ("41.0" → 1); parsing the cell to a number loses them. */
  turnoverDecimals: number;
};

/** The rows the trade chart is built from, in file order. */
export type TradeChartRows = readonly TradeChartRow[];

/** Decimal places of a number as written: "41.0" → 1, "94.82" → 2, "45" → 0. */
export function decimalsOf(text: string): number {
  return text.split(".")[1]?.length ?? 0;
}

// Only the one cell, as text; the shared parser keeps line numbers identical to loadTrade's.
const turnoverCell = z.object({ turnover_usd_bn: z.string() });

/**
 * Loads the trade rows through the shared loader (schema, duplicates) and gives each the
 * decimal places of its turnover cell, so the chart shows "$41.0bn" where the row says 41.0,
 * as the story text does, and never more or fewer digits than the source gave.
 */
export function loadTradeChartRows(filePath: string = dataFiles.trade): TradeChartRows {
  const rows = loadTrade(filePath);
  const cells = parseCsv(readFileSync(filePath, "utf8"), displayPath(filePath), turnoverCell, ["turnover_usd_bn"]);
  const textByLine = new Map(cells.map((cell) => [cell.line, cell.turnover_usd_bn]));
  return rows.map((row) => ({ ...row, turnoverDecimals: decimalsOf(textByLine.get(row.line) ?? "") }));
}
