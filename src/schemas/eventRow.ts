import { z } from "zod";
import { assertUniqueRows, type Located } from "../data/parseCsv.ts";
import { partialDateField, requiredText, sourceUrlField } from "./csvFields.ts";

/** Column order of `events.csv`. */
export const eventColumns = ["date", "event", "source_url"] as const;

/** A dated event the story and the timeline refer to. */
export const eventRowSchema = z.object({
  /** YYYY, YYYY-MM or YYYY-MM-DD: only as precise as the source. */
  date: partialDateField,
  /** What happened, in one sentence. */
  event: requiredText("event description"),
  /** Where the event is documented. */
  source_url: sourceUrlField,
});

/** A validated row of `events.csv`. */
export type EventRow = z.output<typeof eventRowSchema>;

/** The same date and text twice is a duplicate. */
export function checkEventRows(rows: readonly Located<EventRow>[], file: string): void {
  assertUniqueRows(rows, file, (row) => `${row.date} ${row.event}`, "event");
}
