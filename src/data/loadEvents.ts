import { eventColumns, eventRowSchema, type EventRow } from "../schemas/eventRow.ts";
import { dataFiles } from "./dataFiles.ts";
import { assertUniqueRows, displayPath, readCsv, type Located } from "./readCsv.ts";

/** Validated rows of `events.csv`, in file order. */
export type EventRows = readonly Located<EventRow>[];

/** Reads and validates `events.csv`; the same date and text twice is a duplicate. */
export function loadEvents(filePath: string = dataFiles.events): EventRows {
  const rows = readCsv(filePath, eventRowSchema, eventColumns);
  assertUniqueRows(rows, displayPath(filePath), (row) => `${row.date} ${row.event}`, "event");
  return rows;
}
