import type { z } from "zod";
import { checkEventRows, eventColumns, eventRowSchema } from "../schemas/eventRow.ts";
import { checkMembershipRows, membershipColumns, membershipRowSchema } from "../schemas/membershipRow.ts";
import { checkTradeRows, tradeColumns, tradeRowSchema } from "../schemas/tradeRow.ts";
import { attendanceColumns, attendanceRowSchema, checkAttendanceRows } from "../schemas/attendanceRow.ts";
import { checkCityRows, cityColumns, cityRowSchema } from "../schemas/cityRow.ts";
import { checkTripRows, tripColumns, tripRowSchema } from "../schemas/tripRow.ts";
import type { Located } from "./parseCsv.ts";

/** How one CSV file of `content/data/` is read: its columns, the schema of a row, the checks across rows. */
export interface DatasetSpec<Schema extends z.ZodType<Record<string, unknown>>> {
  /** File name in `content/data/`; also the name of the CSV download. */
  file: string;
  schema: Schema;
  columns: readonly string[];
  /** Checks that span rows (duplicates, one spelling per code); throws a DataError. */
  checkRows(rows: readonly Located<z.output<Schema>>[], file: string): void;
}

/** Every data file the site reads, by the name code and citations (`row:trade/…`) use. */
export const datasetSpecs = {
  trade: { file: "central-asia-trade.csv", schema: tradeRowSchema, columns: tradeColumns, checkRows: checkTradeRows },
  membership: {
    file: "sco-membership.csv",
    schema: membershipRowSchema,
    columns: membershipColumns,
    checkRows: checkMembershipRows,
  },
  events: { file: "events.csv", schema: eventRowSchema, columns: eventColumns, checkRows: checkEventRows },
  attendance: {
    file: "summit-attendance.csv",
    schema: attendanceRowSchema,
    columns: attendanceColumns,
    checkRows: checkAttendanceRows,
  },
  trips: { file: "summit-week-trips.csv", schema: tripRowSchema, columns: tripColumns, checkRows: checkTripRows },
  cities: { file: "cities.csv", schema: cityRowSchema, columns: cityColumns, checkRows: checkCityRows },
} as const;

/** Name of a dataset, e.g. `trade`. */
export type DatasetName = keyof typeof datasetSpecs;

/** The validated rows of one dataset, in file order, each with its line. */
export type DatasetRows<Name extends DatasetName> = readonly Located<z.output<(typeof datasetSpecs)[Name]["schema"]>>[];

/** Every dataset's rows: what a chart's `prepare` receives. */
export type Datasets = { readonly [Name in DatasetName]: DatasetRows<Name> };

/** The dataset names, in a stable order. */
export const datasetNames = Object.keys(datasetSpecs) as DatasetName[];
