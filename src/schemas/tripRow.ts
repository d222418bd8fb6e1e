import { z } from "zod";
import { DataError } from "../data/DataError.ts";
import { assertUniqueRows, type Located } from "../data/parseCsv.ts";
import { iso3Field, requiredText, sourceUrlField } from "./csvFields.ts";

/** Whether a source states where a journey started (`reported`), or it is only `assumed`. */
export const departureKinds = ["reported", "assumed"] as const;

const dateField = z
  .string()
  .regex(/^2024-\d{2}-\d{2}$/, { error: "must be a date in 2024, YYYY-MM-DD" })
  .refine(
    (date) => {
      const day = new Date(`${date}T00:00:00Z`);
      return !Number.isNaN(day.getTime()) && day.toISOString().startsWith(date);
    },
    { error: "is not a day of the calendar" },
  );

/** Column order of `summit-week-trips.csv`. */
export const tripColumns = [
  "leader",
  "country_iso3",
  "from_city",
  "to_city",
  "to_country_iso3",
  "date_start",
  "date_end",
  "purpose",
  "source_url",
  "notes",
  "departure",
] as const;

/** One leg of a leader's journey in the week of the summit, 2-11 July 2024. */
export const tripRowSchema = z.object({
  /** The traveller, as readers know them. */
  leader: requiredText("leader's name"),
  /** Their state; empty for an organisation's head (the UN's). */
  country_iso3: z.union([z.literal(""), iso3Field]),
  /** Where the leg started (a city of cities.csv). */
  from_city: requiredText("departure city"),
  /** Where it ended (a city of cities.csv). */
  to_city: requiredText("arrival city"),
  to_country_iso3: iso3Field,
  /** The day the leg was flown (arrival day). */
  date_start: dateField,
  /** The day the stay it led to ended. */
  date_end: dateField,
  purpose: z.string(),
  source_url: sourceUrlField,
  notes: z.string(),
  /** `assumed` when no source states where the leg started: the chart draws it so. */
  departure: z.enum(departureKinds, { error: `must be one of ${departureKinds.join(", ")}` }),
});

/** A validated row of `summit-week-trips.csv`. */
export type TripRow = z.output<typeof tripRowSchema>;

/** A leg ends before it starts, or the same leader and leg twice is a duplicate. */
export function checkTripRows(rows: readonly Located<TripRow>[], file: string): void {
  const backwards = rows.filter((row) => row.date_end < row.date_start);
  if (backwards.length > 0) {
    throw new DataError(
      backwards.map((row) => ({
        file,
        line: row.line,
        field: "date_end",
        message: `"${row.date_end}" is before date_start ${row.date_start}; the stay a leg leads to ends on or after its arrival.`,
      })),
    );
  }
  assertUniqueRows(rows, file, (row) => `${row.leader}: ${row.from_city} to ${row.to_city}`, "to_city");
}
