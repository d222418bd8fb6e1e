import countries from "i18n-iso-countries";
import { z } from "zod";

/** Earliest and latest year the story's data may hold; outside this range a year is a typo. */
export const firstDataYear = 1990;
export const lastDataYear = 2030;

/** A four-digit calendar year within the story's range, written as digits in the CSV. */
export const yearField = z
  .string()
  .regex(/^\d{4}$/, { error: "must be a four-digit year such as 2024" })
  .transform(Number)
  .refine((year) => year >= firstDataYear && year <= lastDataYear, {
    error: `must be between ${firstDataYear} and ${lastDataYear}`,
  });

/** An ISO 3166-1 alpha-3 country code (upper case), such as KAZ. */
export const iso3Field = z
  .string()
  .regex(/^[A-Z]{3}$/, { error: "must be a three-letter upper-case ISO 3166-1 alpha-3 code such as KAZ" })
  .refine((code) => countries.isValid(code), {
    error: "is not a known ISO 3166-1 alpha-3 country code; check the spelling (e.g. KAZ, KGZ, TJK)",
  });

/** A non-empty http(s) URL of the source a row was taken from. */
export const sourceUrlField = z
  .string()
  .min(1, { error: "is missing: every row needs the URL of its source" })
  .regex(/^https?:\/\/\S+$/, { error: "must be a full http(s) URL of the source" });

/** A non-empty text cell. */
export const requiredText = (what: string) =>
  z
    .string()
    .trim()
    .min(1, { error: `is missing: give the ${what}` });

/**
 * A figure as a source wrote it: its value and the number of decimals it was written with
 * ("41.0" → 41 with 1 decimal). Parsing to a number alone would lose the precision, which the
 * data table and the checks of the story's figures need.
 */
export interface Amount {
  /** The value, in the column's unit (US$ billions for trade). */
  value: number;
  /** Decimal places as written in the CSV cell: "94.82" → 2, "45" → 0. */
  decimals: number;
}

/** A value in US$ billions: a plain decimal number such as 94.82 (no $, commas or units), kept with its precision. */
export const billionsField = z
  .string()
  .regex(/^\d+(\.\d+)?$/, { error: "must be a number in US$ billions, digits and a decimal point only (e.g. 94.82)" })
  .transform((text): Amount => ({ value: Number(text), decimals: text.split(".")[1]?.length ?? 0 }));

/** Like {@link billionsField}, but an empty cell means "not reported" (undefined), never zero. */
export const optionalBillionsField = z.union([z.literal("").transform(() => undefined), billionsField]);

/** True when a YYYY, YYYY-MM or YYYY-MM-DD text names a real month and day ("2024-02-30" does not). */
function isCalendarDate(text: string): boolean {
  const [year = 0, month = 1, day = 1] = text.split("-").map(Number);
  const date = new Date(Date.UTC(year, month - 1, day));
  return month >= 1 && month <= 12 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** An ISO date (YYYY-MM-DD), a month (YYYY-MM) or a bare year, as precise as the source allows. */
export const partialDateField = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, { error: "must be YYYY, YYYY-MM or YYYY-MM-DD" })
  .refine(isCalendarDate, { error: "is not a day of the calendar (check the month and the day)" });
