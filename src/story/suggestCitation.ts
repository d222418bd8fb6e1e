import { formatMoney } from "../charts/shared/format.ts";
import { datasetSpecs, type Datasets } from "../data/datasets.ts";
import { basisOf } from "../schemas/tradeBases.ts";

const figureColumns = ["turnover_usd_bn", "exports_usd_bn", "imports_usd_bn"] as const;

/** Most matching rows named in one message; more would bury the fix. */
const shownRows = 2;

/**
 * For a figure written without a citation (`30.8`, `$30.8 billion`), the rows whose figures it
 * rounds (value in US$ billions, at the decimals written), worded as the fix: "central-asia-
 * trade.csv:15 has 30.82 (turnover_usd_bn); write it as [$30.8 billion](row:trade/2008/CHN/CA5/imf-chn)".
 * Undefined when no row holds it.
 */
export function suggestCitation(data: Pick<Datasets, "trade">, value: number, decimals: number): string | undefined {
  const tolerance = 0.5 * 10 ** -decimals + 1e-9;
  const matches = data.trade.flatMap((row) =>
    figureColumns.flatMap((column) => {
      const amount = row[column];
      return amount && Math.abs(amount.value - value) <= tolerance ? [{ row, column, amount }] : [];
    }),
  );
  if (matches.length === 0) return undefined;
  const fixes = matches.slice(0, shownRows).map(({ row, column, amount }) => {
    const basis = basisOf(row);
    const ref = `trade/${row.year}/${row.partner}/${row.reporter_iso3}/${basis?.slug ?? ""}${column === "turnover_usd_bn" ? "" : `#${column}`}`;
    const printed = formatMoney(amount, {
      isLowerBound: row.bound === "lower" && column === "turnover_usd_bn",
      isStatement: basis?.isStatement ?? false,
    });
    const written = amount.value.toFixed(amount.decimals);
    return `${datasetSpecs.trade.file}:${row.line} has ${written} (${column}); write it as [${printed}](row:${ref})`;
  });
  const more = matches.length > shownRows ? ` (${matches.length - shownRows} more rows match)` : "";
  return `${fixes.join("; or ")}${more}.`;
}
