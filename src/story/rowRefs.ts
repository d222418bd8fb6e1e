import type { Amount } from "../schemas/csvFields.ts";
import { basisOf, tradeBases } from "../schemas/tradeBases.ts";
import { datasetSpecs, type Datasets } from "../data/datasets.ts";

/** The columns of a trade row that hold figures. */
const figureColumns = ["turnover_usd_bn", "exports_usd_bn", "imports_usd_bn"] as const;

/** A citation resolved to its row: the figure it must print, and where it comes from. */
export interface ResolvedRow {
  /** "central-asia-trade.csv:15", the row's address. */
  address: string;
  file: string;
  line: number;
  column: (typeof figureColumns)[number];
  amount: Amount;
  isLowerBound: boolean;
  isStatement: boolean;
  /** Whose figure it is, as a source line names it. */
  sourceName: string;
  sourceUrl: string;
}

/** A citation that could not be resolved, and how to fix it. */
export interface UnresolvedRow {
  problem: string;
}

const grammar = "row:trade/<year>/<partner>/<reporter>[/<source>][#<column>], e.g. row:trade/2008/CHN/CA5/imf-chn";

/**
 * Resolves a citation (`trade/2008/CHN/CA5/imf-chn#exports_usd_bn`) to exactly one row of the
 * data: year, partner and reporter, then the source (a slug of tradeBases.ts) where the year has
 * figures from several sources, then the column (turnover by default).
 */
export function resolveRowRef(ref: string, data: Pick<Datasets, "trade">): ResolvedRow | UnresolvedRow {
  const [path = "", column = "turnover_usd_bn"] = ref.split("#");
  const [dataset, year, partner, reporter, slug] = path.split("/");
  if (dataset !== "trade" || !year || !partner || !reporter)
    return { problem: `"${ref}" is not a citation of the form ${grammar}.` };
  if (!(figureColumns as readonly string[]).includes(column)) {
    return { problem: `"#${column}" is not a column with figures; use one of ${figureColumns.join(", ")}.` };
  }
  const rows = data.trade.filter(
    (row) =>
      String(row.year) === year &&
      row.partner === partner &&
      row.reporter_iso3 === reporter &&
      (slug === undefined || basisOf(row)?.slug === slug),
  );
  const file = datasetSpecs.trade.file;
  if (rows.length === 0) {
    const known = slug && !tradeBases.some((basis) => basis.slug === slug) ? ` ("${slug}" is not a known source)` : "";
    return { problem: `no row of ${file} matches "${ref}"${known}.` };
  }
  if (rows.length > 1) {
    const options = rows.map((row) => `${path}/${basisOf(row)?.slug} (line ${row.line})`).join(", ");
    return { problem: `"${ref}" matches ${rows.length} rows of ${file}; name the source: ${options}.` };
  }
  const [row] = rows as [Datasets["trade"][number]];
  const amount = row[column as (typeof figureColumns)[number]];
  if (!amount) return { problem: `${file}:${row.line} has no ${column}; cite another column or row.` };
  const basis = basisOf(row);
  return {
    address: `${file}:${row.line}`,
    file,
    line: row.line,
    column: column as (typeof figureColumns)[number],
    amount,
    isLowerBound: row.bound === "lower" && column === "turnover_usd_bn",
    isStatement: basis?.isStatement ?? false,
    sourceName: basis?.name ?? row.source,
    sourceUrl: row.source_url,
  };
}
