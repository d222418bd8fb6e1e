import { z } from "zod";
import { DataError } from "../data/DataError.ts";
import { assertUniqueRows, type Located } from "../data/parseCsv.ts";
import { iso3Field, partialDateField, requiredText, sourceUrlField, yearField } from "./csvFields.ts";

/**
 * Statuses as written in `sco-membership.csv`. `shanghai-five` is the 1996 forerunner,
 * `founding-member` the six of 2001; both are shown as their own map colours or as members.
 */
export const membershipRowStatuses = [
  "shanghai-five",
  "founding-member",
  "member",
  "observer",
  "dialogue-partner",
] as const;

/** Column order of `sco-membership.csv`. */
export const membershipColumns = ["iso3", "country", "status", "year", "date", "source_url", "notes"] as const;

/** One change of a country's SCO status: from `year` on, `iso3` has `status`. */
export const membershipRowSchema = z.object({
  /** ISO 3166-1 alpha-3 code of the country. */
  iso3: iso3Field,
  /** Country name as readers see it. */
  country: requiredText("country name"),
  /** The status the country holds from this year on. */
  status: z.enum(membershipRowStatuses, {
    error: `must be one of ${membershipRowStatuses.join(", ")}`,
  }),
  /** Year of the summit decision that gave the status. */
  year: yearField,
  /** Exact date of the decision when the source gives one (YYYY-MM-DD), else empty. */
  date: z.union([z.literal(""), partialDateField]),
  /** Where the status change is documented. */
  source_url: sourceUrlField,
  /** Quoted passage and caveats; may be empty. */
  notes: z.string(),
});

/** A validated row of `sco-membership.csv`. */
export type MembershipRow = z.output<typeof membershipRowSchema>;

/**
 * Checks that hold across rows: a date in its row's year, one row per country and year, and one name per code
 * (a second spelling would label the same country twice in the timeline).
 */
export function checkMembershipRows(rows: readonly Located<MembershipRow>[], file: string): void {
  const misdated = rows.filter((row) => row.date !== "" && Number(row.date.slice(0, 4)) !== row.year);
  if (misdated.length > 0) {
    throw new DataError(
      misdated.map((row) => ({
        file,
        line: row.line,
        field: "date",
        message: `"${row.date}" is not in the row's year (${row.year}); correct the date or the year (the year of the decision).`,
      })),
    );
  }
  assertUniqueRows(rows, file, (row) => `${row.iso3} in ${row.year}`, "iso3");
  const nameByCode = new Map<string, Located<MembershipRow>>();
  for (const row of rows) {
    const first = nameByCode.get(row.iso3);
    if (!first) {
      nameByCode.set(row.iso3, row);
    } else if (first.country !== row.country) {
      throw new DataError([
        {
          file,
          line: row.line,
          field: "country",
          message: `"${row.country}" differs from "${first.country}" on line ${first.line} for ${row.iso3}; use one spelling.`,
        },
      ]);
    }
  }
}
