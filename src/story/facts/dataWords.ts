import type { Datasets } from "../../data/datasets.ts";

/**
 * The numbers the data's own descriptive fields write (an event's words, a journey's purpose, a
 * representative's role): "24th", "22nd", "41". The story may repeat them; notes and URLs are
 * left out, as they hold every number under the sun.
 */
export function dataNumbers(data: Datasets): Set<string> {
  const texts = [
    ...data.events.map((row) => row.event),
    ...data.trips.map((row) => row.purpose),
    ...data.attendance.map((row) => row.role),
  ];
  const numbers = new Set<string>();
  for (const text of texts) {
    for (const match of text.matchAll(/(?<![\w.])(\d+)(st|nd|rd|th)?\b/g))
      numbers.add(`${Number(match[1])}${match[2] ?? ""}`);
  }
  return numbers;
}

/** Every row's notes: the data's documentation, which the sources section may report (with sources.md). */
export function notesOf(data: Datasets): string {
  return Object.values(data)
    .flatMap((rows) => rows.map((row) => ("notes" in row && typeof row.notes === "string" ? row.notes : "")))
    .join("\n");
}
