import type { DataIssue } from "../data/DataError.ts";
import type { Amount } from "./csvFields.ts";

/** The cells of a trade row that must add up: turnover is exports plus imports. */
interface TradeSums {
  line: number;
  turnover_usd_bn: Amount;
  exports_usd_bn: Amount | undefined;
  imports_usd_bn: Amount | undefined;
}

/** Half a unit of the last decimal written: how far a rounded figure may sit from the exact one. */
const halfUnit = (amount: Amount) => 0.5 * 10 ** -amount.decimals;

/** A figure as written in the CSV, with its own decimals. */
const written = (amount: Amount) => amount.value.toFixed(amount.decimals);

/**
 * Wherever a row gives all three figures, its turnover must be its exports plus its imports, to
 * within the rounding of what the source wrote: each figure may be off by half a unit of its last
 * decimal, so the tolerance is the sum of the three (0.005 + 0.0005 + 0.0005 for 30.82 = 8.226 +
 * 22.593). A typo in any of the three cells breaks the sum.
 */
export function checkTurnoverSums(rows: readonly TradeSums[], file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const { line, turnover_usd_bn: turnover, exports_usd_bn: exports, imports_usd_bn: imports } of rows) {
    if (!exports || !imports) continue;
    const sum = exports.value + imports.value;
    const tolerance = halfUnit(turnover) + halfUnit(exports) + halfUnit(imports);
    // A hair of slack for binary floating point (0.1 + 0.2 is not exactly 0.3).
    if (Math.abs(turnover.value - sum) <= tolerance + 1e-9) continue;
    const decimals = Math.max(exports.decimals, imports.decimals);
    issues.push({
      file,
      line,
      field: "turnover_usd_bn",
      message:
        `"${written(turnover)}" is not exports plus imports (${written(exports)} + ${written(imports)} = ` +
        `${sum.toFixed(decimals)}, beyond the rounding of the figures written); check the three cells against the source.`,
    });
  }
  return issues;
}
