import { z } from "zod";
import { assertUniqueRows, type Located } from "../data/parseCsv.ts";
import { iso3Field, requiredText, sourceUrlField } from "./csvFields.ts";

/** How a state (or organisation) was represented in Astana on 4 July 2024. */
export const attendanceKinds = ["leader", "minister", "other-senior", "absent"] as const;

/** The state's standing in the SCO at the summit; `guest` for invited non-members. */
export const summitStatuses = ["member", "observer", "dialogue-partner", "guest"] as const;

/** Which of the day's two meetings the representative attended. */
export const summitMeetings = ["", "both", "council", "sco-plus"] as const;

/** Column order of `summit-attendance.csv`. */
export const attendanceColumns = [
  "iso3",
  "country",
  "sco_status_2024",
  "representative",
  "role",
  "attendance",
  "meeting",
  "source_url",
  "notes",
] as const;

/** Who represented one state (or organisation) at the Astana summit of 4 July 2024. */
export const attendanceRowSchema = z.object({
  /** ISO3 code of the state; empty for an organisation (the UN). */
  iso3: z.union([z.literal(""), iso3Field]),
  /** Name readers see. */
  country: requiredText("country or organisation name"),
  /** Standing in the SCO on the day (before Belarus's admission it was an observer). */
  sco_status_2024: z.enum(summitStatuses, { error: `must be one of ${summitStatuses.join(", ")}` }),
  /** Who came; empty when nobody did. */
  representative: z.string(),
  /** Their office. */
  role: z.string(),
  /** `leader` in person, `minister`, `other-senior` envoy, or `absent`. */
  attendance: z.enum(attendanceKinds, { error: `must be one of ${attendanceKinds.join(", ")}` }),
  /** `both` meetings, only the `council`, only `sco-plus`, or empty when absent. */
  meeting: z.enum(summitMeetings, { error: `must be empty or one of ${summitMeetings.slice(1).join(", ")}` }),
  source_url: sourceUrlField,
  /** Quoted passage and caveats. */
  notes: z.string(),
});

/** A validated row of `summit-attendance.csv`. */
export type AttendanceRow = z.output<typeof attendanceRowSchema>;

/** One row per state or organisation. */
export function checkAttendanceRows(rows: readonly Located<AttendanceRow>[], file: string): void {
  assertUniqueRows(rows, file, (row) => row.country, "country");
}
