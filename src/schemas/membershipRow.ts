import { z } from "zod";
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
