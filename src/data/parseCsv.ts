import { parse } from "csv-parse/sync";
import type { z } from "zod";
import { DataError, type DataIssue } from "./DataError.ts";

/** A validated CSV row together with the 1-based line it came from (for later cross-row checks). */
export type Located<Row> = Row & { readonly line: number };

/** Longest cell quoted in a message; a long note is cut, the start is enough to find it. */
const quotedLength = 60;

/** The message with the refused cell quoted first (`"CHX" must be one of …`), so the editor sees what was written. */
function withValue(value: string | undefined, message: string): string {
  if (value === undefined || value.trim() === "") return message;
  const shown = value.length > quotedLength ? `${value.slice(0, quotedLength)}…` : value;
  return `${JSON.stringify(shown)} ${message}`;
}

/**
 * The header must hold every expected column, once each, and nothing else: a column the site
 * does not read would be dropped silently (a misspelt one would also leave its real column empty).
 */
function checkHeader(header: readonly string[], file: string, expected: readonly string[]): DataIssue[] {
  const allowed = expected.join(",");
  const at = (field: string, message: string): DataIssue => ({ file, line: 1, field, message });
  const missing = expected
    .filter((column) => !header.includes(column))
    .map((column) => at(column, `the header has no "${column}" column; expected the columns ${allowed}.`));
  const unknown = header
    .filter((column) => !expected.includes(column))
    .map((column) =>
      at(
        column === "" ? "(header)" : column,
        column === ""
          ? `the header has an empty column name (a stray comma?); the columns are ${allowed}.`
          : `"${column}" is not a column of this file; remove it or rename it to one of ${allowed}.`,
      ),
    );
  const repeated = header
    .filter((column, index) => column !== "" && header.indexOf(column) !== index)
    .map((column) => at(column, `the header names "${column}" twice; keep one.`));
  return [...missing, ...unknown, ...repeated];
}

/**
 * Parses CSV text and validates every row with `schema`. Collects every problem (bad cell,
 * wrong column count, missing header) before throwing one DataError, so an editor sees them all.
 */
export function parseCsv<Schema extends z.ZodType<Record<string, unknown>>>(
  text: string,
  file: string,
  schema: Schema,
  expectedColumns: readonly string[],
): Located<z.output<Schema>>[] {
  const issues: DataIssue[] = [];
  const header = (text.split(/\r?\n/, 1)[0] ?? "").split(",").map((name) => name.trim());
  const headerIssues = checkHeader(header, file, expectedColumns);
  if (headerIssues.length > 0) throw new DataError(headerIssues);
  let records: { record: Record<string, string>; raw: string }[];
  try {
    records = parse(text, { columns: true, info: true, raw: true, skip_empty_lines: true, trim: false });
  } catch (error) {
    const parseError = error as Error & { lines?: number };
    throw new DataError([
      {
        file,
        line: parseError.lines ?? 1,
        field: "(row)",
        message: `${parseError.message}. Check quotes and the number of commas on this line.`,
      },
    ]);
  }
  const rows: Located<z.output<Schema>>[] = [];
  // The line a record starts on, found from its raw text: the parser's own count is where the
  // record ends, which differs when a quoted cell spans lines.
  let cursor = text.indexOf("\n") + 1;
  let line = 2;
  for (const { record, raw } of records) {
    // A skipped blank line before a record is part of its raw text.
    const body = raw.replace(/^(\r?\n)+/, "");
    const at = text.indexOf(raw, cursor) + raw.length - body.length;
    line += (text.slice(cursor, at).match(/\n/g) ?? []).length;
    const start = line;
    line += (body.match(/\n/g) ?? []).length;
    cursor = at + body.length;
    const result = schema.safeParse(record);
    if (result.success) {
      rows.push({ ...result.data, line: start });
      continue;
    }
    for (const problem of result.error.issues) {
      const field = String(problem.path[0] ?? "(row)");
      issues.push({ file, line: start, field, message: withValue(record[field], problem.message) });
    }
  }
  if (issues.length > 0) throw new DataError(issues);
  return rows;
}

/**
 * Fails with one issue per repeated key, naming both lines, so duplicated rows never render twice.
 * `keyOf` returns the identity of a row; `describe` words it for the message.
 */
export function assertUniqueRows<Row extends { line: number }>(
  rows: readonly Row[],
  file: string,
  keyOf: (row: Row) => string,
  field: string,
): void {
  const firstLineByKey = new Map<string, number>();
  const issues: DataIssue[] = [];
  for (const row of rows) {
    const key = keyOf(row);
    const firstLine = firstLineByKey.get(key);
    if (firstLine === undefined) {
      firstLineByKey.set(key, row.line);
    } else {
      issues.push({
        file,
        line: row.line,
        field,
        message: `duplicates the row on line ${firstLine} (${key}); delete one of the two rows.`,
      });
    }
  }
  if (issues.length > 0) throw new DataError(issues);
}
