import { formatDate } from "../../charts/shared/format.ts";
import type { DatedFact } from "./datedFacts.ts";
import { daysOf, isoDay, type WrittenDate } from "./writtenDates.ts";

/** A written date with the year it is read in: written with it, or taken from the words before it. */
export interface ReadDate {
  date: WrittenDate;
  year: number | undefined;
  /** Where the year came from when the date has none: "2017, written before it". */
  yearFrom: string | undefined;
}

const weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

const dayMs = 86_400_000;
const toDay = (iso: string) => Date.parse(`${iso}T00:00:00Z`) / dayMs;

/** The facts on a day (exact), in a month ("April 2012"), or on a month-day in any year. */
function factsOn(facts: readonly DatedFact[], prefix: string): DatedFact[] {
  return facts.filter(
    (fact) => fact.date.startsWith(prefix) || (prefix.length === 5 && fact.date.slice(4) === `-${prefix}`),
  );
}

/**
 * The day-precise facts nearest to `iso` (at most two, on the nearest day), for "the data has …";
 * for a date without a year (`--MM-DD`), the nearest day of the year in any year.
 */
function nearest(facts: readonly DatedFact[], iso: string): DatedFact[] {
  const dated = facts.filter((fact) => fact.date.length === 10);
  const isYearless = iso.startsWith("--");
  const distance = (fact: DatedFact) =>
    isYearless
      ? Math.abs(toDay(`2000${fact.date.slice(4)}`) - toDay(`2000${iso.slice(1)}`))
      : Math.abs(toDay(fact.date) - toDay(iso));
  const best = Math.min(...dated.map(distance));
  return dated.filter((fact) => distance(fact) === best).slice(0, 2);
}

/** "9 June 2017, India and Pakistan become members (sco-membership.csv:26)". */
function describe(fact: DatedFact): string {
  return `${formatDate(fact.date)}, ${fact.what} (${fact.address})`;
}

/** What the data holds near a date no fact has, and how to fix the text or the data. */
function missingMessage(read: ReadDate, facts: readonly DatedFact[], iso: string): string {
  const written = `"${read.date.text}"${read.yearFrom ? ` (read as ${read.year}: ${read.yearFrom})` : ""}`;
  const near = nearest(facts, iso);
  const holds = near.length > 0 ? `; the nearest the data holds: ${near.map(describe).join("; ")}` : "";
  return `${written} is a date the data does not hold${holds}. Correct the date, or add its sourced row (content/data/events.csv for an event).`;
}

/** The weekday a written weekday must be, when the date is known to the day. */
function weekdayProblem(read: ReadDate): string | undefined {
  const [day] = read.date.days;
  if (!read.date.weekday || read.year === undefined || day === undefined) return undefined;
  const actual = weekdays[new Date(Date.UTC(read.year, read.date.month - 1, day)).getUTCDay()];
  if (actual === read.date.weekday) return undefined;
  return `"${read.date.text}": ${formatDate(isoDay(read.year, read.date.month, day))} was a ${actual}, not a ${read.date.weekday}; correct the day or the date.`;
}

/**
 * Checks a written date against the dated facts: every day it names must be a day the data
 * dates something on (an event, a decision, a leader's arrival or stay), a month alone a month
 * with a fact, and a weekday the calendar's. Returns what is wrong, or undefined.
 */
export function checkDate(read: ReadDate, facts: readonly DatedFact[]): string | undefined {
  const { date, year } = read;
  const month = String(date.month).padStart(2, "0");
  if (date.days.length === 0) {
    return factsOn(facts, `${year}-${month}`).length > 0
      ? undefined
      : missingMessage(read, facts, `${year}-${month}-15`);
  }
  for (const day of daysOf(date)) {
    const monthDay = `${month}-${String(day).padStart(2, "0")}`;
    const iso = year === undefined ? undefined : isoDay(year, date.month, day);
    if (factsOn(facts, iso ?? monthDay).length === 0) return missingMessage(read, facts, iso ?? `--${monthDay}`);
  }
  return weekdayProblem(read);
}
