import type { Datasets } from "../src/data/datasets.ts";
import { readAllDatasets } from "../src/data/readAllDatasets.ts";

/**
 * Test helpers: the project's real CSV rows, and edited copies of them, so tests can check that
 * a result follows the data (change a row, see the answer move) rather than a constant.
 */
export const realData: Datasets = readAllDatasets();

type TradeRow = Datasets["trade"][number];

/** A copy of the trade rows (of `data`, the real ones by default) with the rows matching `where` changed by `change`. */
export function editTrade(
  where: (row: TradeRow) => boolean,
  change: Partial<TradeRow>,
  data: Datasets = realData,
): Datasets {
  return { ...data, trade: data.trade.map((row) => (where(row) ? { ...row, ...change } : row)) };
}

/** A copy of the data with one more trade row (given the next free line number). */
export function addTrade(row: Omit<TradeRow, "line">): Datasets {
  const line = Math.max(...realData.trade.map((r) => r.line)) + 1;
  return { ...realData, trade: [...realData.trade, { ...row, line }] };
}

/** A figure as a CSV cell gives it: "41.0" → 41 with 1 decimal. */
export function amount(text: string) {
  return { value: Number(text), decimals: text.split(".")[1]?.length ?? 0 };
}

/** The region-total (CA5) rows of one partner whose source starts with `sourcePrefix`, in file order. */
export function regionRows(partner: TradeRow["partner"], sourcePrefix: string, data: Datasets = realData): TradeRow[] {
  return data.trade.filter(
    (row) => row.partner === partner && row.reporter_iso3 === "CA5" && row.source.startsWith(sourcePrefix),
  );
}

/** A copy of the data without the trade rows matching `where`. */
export function removeTrade(where: (row: TradeRow) => boolean): Datasets {
  return { ...realData, trade: realData.trade.filter((row) => !where(row)) };
}
