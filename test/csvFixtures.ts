import { expect } from "vitest";
import type { z } from "zod";
import { DataError } from "../src/data/DataError.ts";
import { parseCsv } from "../src/data/parseCsv.ts";

/**
 * Helpers for a dataset schema's tests: parse CSV lines under the dataset's header, and vary one
 * cell of a good row. One place, so every schema test reads its fixtures the same way.
 */
export function csvFixture<Schema extends z.ZodType<Record<string, unknown>>, Column extends string>(options: {
  file: string;
  schema: Schema;
  columns: readonly Column[];
  /** A valid row, as a CSV line without quoted commas. */
  good: string;
}) {
  const header = options.columns.join(",");
  return {
    /** Parses `lines` under the header, as the loader does. */
    parse: (...lines: string[]) =>
      parseCsv([header, ...lines].join("\n"), options.file, options.schema, options.columns),
    /** The good row with one cell replaced. */
    withCell(column: Column, value: string): string {
      const cells = options.good.split(",");
      cells[options.columns.indexOf(column)] = value;
      return cells.join(",");
    },
  };
}

/** The issues of the DataError `action` throws; fails the test if it throws anything else or nothing. */
export function issuesOf(action: () => unknown): DataError["issues"] {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as DataError).issues;
  }
  throw new Error("expected a DataError");
}
