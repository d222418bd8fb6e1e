import type { Datasets } from "../../data/datasets.ts";
import { datasetSpecs } from "../../data/datasets.ts";

/** Something the data dates: an event, a change of SCO status, a leader's arrival or stay. */
export interface DatedFact {
  /** As precise as the data: YYYY-MM-DD, YYYY-MM or YYYY. */
  date: string;
  /** What happened, in a few words, for messages. */
  what: string;
  /** Where the data says so: "events.csv:12". */
  address: string;
}

const statusWords: Record<string, [string, string]> = {
  "shanghai-five": ["forms the Shanghai Five", "form the Shanghai Five"],
  "founding-member": ["founds the SCO", "found the SCO"],
  member: ["becomes a member", "become members"],
  observer: ["becomes an observer", "become observers"],
  "dialogue-partner": ["becomes a dialogue partner", "become dialogue partners"],
};

/** "India and Pakistan", "A, B and C". */
function names(list: readonly string[]): string {
  return list.length < 2 ? (list[0] ?? "") : `${list.slice(0, -1).join(", ")} and ${list.at(-1)}`;
}

/** An event's text cut to its first clause, so a message stays one line. */
function shortEvent(text: string): string {
  const clause = text.split(/ \(|; /)[0] ?? text;
  return clause.length > 90 ? `${clause.slice(0, 88)}…` : clause;
}

/** Every day from `start` to `end` (ISO dates), both included. */
function daysBetween(start: string, end: string): string[] {
  const days: string[] = [];
  for (
    let day = new Date(`${start}T00:00:00Z`);
    day.toISOString().slice(0, 10) <= end;
    day.setUTCDate(day.getUTCDate() + 1)
  ) {
    days.push(day.toISOString().slice(0, 10));
    if (days.length > 60) break;
  }
  return days;
}

function membershipFacts(data: Datasets): DatedFact[] {
  const groups = new Map<string, Datasets["membership"][number][]>();
  for (const row of data.membership) {
    const key = `${row.date || row.year} ${row.status}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  return [...groups.values()].map((rows) => {
    const [first] = rows as [Datasets["membership"][number]];
    const [one, many] = statusWords[first.status] ?? ["changes status", "change status"];
    const what = `${names(rows.map((row) => row.country))} ${rows.length === 1 ? one : many}`;
    return { date: first.date || String(first.year), what, address: `${datasetSpecs.membership.file}:${first.line}` };
  });
}

function tripFacts(data: Datasets): DatedFact[] {
  return data.trips.flatMap((row) => {
    const address = `${datasetSpecs.trips.file}:${row.line}`;
    const stay = daysBetween(row.date_start, row.date_end).slice(1);
    return [
      { date: row.date_start, what: `${row.leader} arrives in ${row.to_city}`, address },
      ...stay.map((date) => ({ date, what: `${row.leader} in ${row.to_city}`, address })),
    ];
  });
}

/**
 * The dated facts the data holds, from its date and year fields only (never from notes, URLs or
 * line numbers): events.csv, the dates and years of sco-membership.csv, and each day of the
 * summit week's journeys (the arrival, then every day of the stay it led to).
 */
export function datedFacts(data: Datasets): DatedFact[] {
  const events = data.events.map((row) => ({
    date: row.date,
    what: shortEvent(row.event),
    address: `${datasetSpecs.events.file}:${row.line}`,
  }));
  return [...events, ...membershipFacts(data), ...tripFacts(data)];
}

/** Every year the data's date and year fields hold (trade years, membership years, event and trip dates). */
export function yearsInData(data: Datasets): Set<number> {
  const years = new Set<number>(data.trade.map((row) => row.year));
  for (const fact of datedFacts(data)) years.add(Number(fact.date.slice(0, 4)));
  return years;
}
