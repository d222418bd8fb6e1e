import type { EventRows } from "../../data/loadEvents.ts";

/** An event drawn as a vertical marker on the time axis. */
export interface TradeEvent {
  /** The event's date as written in events.csv; also its mark key. */
  date: string;
  text: string;
  /** Position on the time axis in years, e.g. 2022.148 for 24 February 2022. */
  time: number;
  year: number;
  line: number;
  sourceUrl: string;
}

/** The event the `invasion` state marks; matched on its text so the CSV can be reordered. */
export const invasionEventPattern = /invasion of Ukraine/i;

/** Year plus the elapsed share of it, so a dated marker sits inside its year's band. */
function timeOf(date: string): number {
  const [year = 0, month = 1, day = 1] = date.split("-").map(Number);
  const start = Date.UTC(year, 0, 1);
  const length = Date.UTC(year + 1, 0, 1) - start;
  return year + (Date.UTC(year, month - 1, day) - start) / length;
}

/** Finds the one event whose text matches `pattern`; it must carry a full date to be placed. */
export function findTradeEvent(events: EventRows, pattern: RegExp): TradeEvent {
  const row = events.find((event) => pattern.test(event.event));
  if (!row) throw new Error(`events.csv has no event matching ${pattern}; the trade chart marks it.`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(row.date)) {
    throw new Error(`events.csv line ${row.line}: the trade chart needs a full date (YYYY-MM-DD) for "${row.event}".`);
  }
  return {
    date: row.date,
    text: row.event,
    time: timeOf(row.date),
    year: Number(row.date.slice(0, 4)),
    line: row.line,
    sourceUrl: row.source_url,
  };
}
