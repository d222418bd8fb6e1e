/** A date as the story writes it: "9 June 2017", "On 4 July", "3-4 July 2024", "April 2012", "Friday, 5 July". */
export interface WrittenDate {
  /** Where it starts in the text, and the words as written. */
  index: number;
  text: string;
  /** The days written (two for "3-4 July"); none for a month alone ("April 2012"). */
  days: number[];
  /** 1 to 12. */
  month: number;
  /** The year written with it; undefined when the text leaves it to the context ("On 9 June"). */
  year: number | undefined;
  /** The weekday written with it ("Friday"), to hold to the calendar. */
  weekday: string | undefined;
}

/** Month names as the story writes them (English, capitalised). */
export const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

const month = `(${monthNames.join("|")})`;
const weekday = "(?:((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day),?\\s+)?";
const days = "(\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*(\\d{1,2})(?:st|nd|rd|th)?)?";

/** "9 June 2017", "3-4 July", "Friday, 5 July" (day first, as the house style writes it). */
const dayFirst = new RegExp(`\\b${weekday}${days}\\s+(?:of\\s+)?${month}\\b(?:,?\\s+(\\d{4})\\b)?`, "g");
/** "June 9, 2017", "July 3-4" (month first), in case an editor writes it so. */
const monthFirst = new RegExp(`\\b${weekday}${month}\\s+${days}(?!\\d)(?:,\\s+(\\d{4})\\b)?`, "g");
/** "April 2012". */
const monthYear = new RegExp(`\\b${month}\\s+(\\d{4})\\b`, "g");

const numberOrUndefined = (text: string | undefined) => (text === undefined ? undefined : Number(text));

/**
 * Every date written in `text`, in the three forms an editor uses, each found once (a match
 * blanks its words out for the next form). Dates are found in whole blocks, so "On 9 June" keeps
 * the sentence around it for its year.
 */
export function findWrittenDates(text: string): WrittenDate[] {
  const found: WrittenDate[] = [];
  let rest = text;
  const take = (pattern: RegExp, read: (match: RegExpExecArray) => Omit<WrittenDate, "index" | "text">) => {
    for (const match of rest.matchAll(pattern)) {
      const [words] = match;
      found.push({ index: match.index, text: words, ...read(match) });
      rest = rest.slice(0, match.index) + " ".repeat(words.length) + rest.slice(match.index + words.length);
    }
  };
  take(dayFirst, (m) => ({
    weekday: m[1],
    days: [Number(m[2]), ...(m[3] ? [Number(m[3])] : [])],
    month: monthNames.indexOf(m[4] ?? "") + 1,
    year: numberOrUndefined(m[5]),
  }));
  take(monthFirst, (m) => ({
    weekday: m[1],
    month: monthNames.indexOf(m[2] ?? "") + 1,
    days: [Number(m[3]), ...(m[4] ? [Number(m[4])] : [])],
    year: numberOrUndefined(m[5]),
  }));
  take(monthYear, (m) => ({
    weekday: undefined,
    days: [],
    month: monthNames.indexOf(m[1] ?? "") + 1,
    year: Number(m[2]),
  }));
  return found.sort((a, b) => a.index - b.index);
}

/** The range "3-4" means every day from the first to the last. */
export function daysOf(date: WrittenDate): number[] {
  const [first, last = first] = date.days;
  if (first === undefined || last === undefined || last < first) return date.days;
  return Array.from({ length: last - first + 1 }, (_, index) => first + index);
}

/** "2017-06-09" for a day of a written date in a year. */
export function isoDay(year: number, month: number, day: number): string {
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
