import { z } from "zod";
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
