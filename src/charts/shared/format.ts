import type { Amount } from "../../schemas/csvFields.ts";

/** How a figure is worded, beyond its value. */
export interface MoneyOptions {
  /** The source only says "over" this value. */
  isLowerBound?: boolean;
  /** An official's rounded statement: printed as stated ("$37 billion"), never padded ("$37.0 billion"). */
  isStatement?: boolean;
  /** Tight labels on charts: "$30.8bn", "$80m". */
  isTight?: boolean;
}

const units = {
  billion: { wide: " billion", tight: "bn" },
  million: { wide: " million", tight: "m" },
} as const;

/**
 * Rounds a figure to at most `places` decimals on its written digits, half up ("4.35" → "4.4"):
 * the binary number 4.35 is a hair under it, and toFixed would round it down. A figure written
 * with fewer decimals keeps them ("$41bn" stays "41", never "41.0"): no precision the source lacks.
 */
function roundWritten(amount: Amount, places: number): string {
  const written = amount.value.toFixed(amount.decimals);
  if (amount.decimals <= places) return written;
  const [whole = "0", fraction = ""] = written.split(".");
  const units = BigInt(whole + fraction.slice(0, places));
  const roundUp = Number(fraction[places] ?? "0") >= 5;
  const rounded = (units + (roundUp ? 1n : 0n)).toString().padStart(places + 1, "0");
  return places === 0 ? rounded : `${rounded.slice(0, -places)}.${rounded.slice(-places)}`;
}

/** Drops trailing zeros of a fixed-point string: "42.0" → "42", "37.50" → "37.5". */
function trimZeros(text: string): string {
  return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
}

/**
 * A sourced US$ billions figure in the house style, one style for text, labels, captions,
 * announcements and downloads: billions to one decimal at most ("$30.8 billion", and "$41 billion"
 * where the source wrote a whole number), millions below one billion ("$80 million"), official
 * statements as stated ("over $42 billion", never "$42.0bn").
 * Data tables and CSV downloads keep each source's own precision instead (see formatAsWritten).
 */
export function formatMoney(amount: Amount, options: MoneyOptions = {}): string {
  const { value } = amount;
  const isMillions = value < 1 && !options.isStatement;
  const digits = options.isStatement
    ? trimZeros(value.toFixed(amount.decimals))
    : isMillions
      ? roundWritten({ value: value * 1000, decimals: Math.max(0, amount.decimals - 3) }, 0)
      : roundWritten(amount, 1);
  const unit = units[isMillions ? "million" : "billion"][options.isTight ? "tight" : "wide"];
  return `${options.isLowerBound ? "over " : ""}$${digits}${unit}`;
}

/** A figure exactly as its source wrote it, for data tables: "94.82", "over 42.0". */
export function formatAsWritten(amount: Amount, isLowerBound = false): string {
  return `${isLowerBound ? "over " : ""}${amount.value.toFixed(amount.decimals)}`;
}

/**
 * A figure in a table of US$ billions, in the house style: one decimal at most ("26.8", "41"),
 * and below one billion to the million ("0.781"), as the text says "$781 million".
 * The source's own digits stay available beside it (formatAsWritten).
 */
export function formatTableFigure(amount: Amount, isLowerBound = false): string {
  const digits = roundWritten(amount, amount.value < 1 ? 3 : 1);
  return `${isLowerBound ? "over " : ""}${digits}`;
}

/** An axis tick in US$ billions: round numbers only ("$20bn"). */
export function formatTick(billions: number): string {
  return `$${billions.toLocaleString("en-US")}bn`;
}

/** How a date is written: month names in full ("long") or short ("short", for chart labels); with or without the year. */
export interface DateOptions {
  month?: "long" | "short";
  isYearless?: boolean;
}

/**
 * An ISO date as precise as it is written: "2022-02-24" → "24 February 2022", "2012-04" →
 * "April 2012", "1996" → "1996"; with `month: "short"`, "24 Feb 2022". `isYearless` drops the
 * year ("2 July") where the context gives it.
 */
export function formatDate(date: string, options: DateOptions = {}): string {
  const [year, month, day] = date.split("-").map(Number);
  if (year === undefined || month === undefined) return date;
  const format = new Intl.DateTimeFormat("en-GB", {
    day: day === undefined ? undefined : "numeric",
    month: options.month ?? "long",
    year: options.isYearless ? undefined : "numeric",
    timeZone: "UTC",
  });
  return format.format(new Date(Date.UTC(year, month - 1, day ?? 1))).replace(/Sept\b/, "Sep");
}

/** The site a source lives on, as a reader names it: "astanatimes.com" for https://www.astanatimes.com/…. */
export function siteOf(url: string): string {
  return new URL(url).hostname.replace(/^www\./, "");
}
