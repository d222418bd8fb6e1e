import { format } from "d3-format";

// "~" trims trailing zeros; six places keep every digit the CSV can hold, so 50.229 stays 50.229
// and 94.82 stays 94.82 (values are parsed from decimal text, never computed, so no float noise).
const billions = format("$,.6~f");
const roundBillions = format("$,~f");

/** A value as "$94.82bn", at the data's own precision. */
export function formatBillions(value: number): string {
  return `${billions(value)}bn`;
}

/** A lower bound as the source words it: "over $42bn". */
export function formatLowerBound(value: number): string {
  return `over ${formatBillions(value)}`;
}

/** A value, worded as a lower bound when it is one. */
export function formatValue(value: number, isLowerBound: boolean): string {
  return isLowerBound ? formatLowerBound(value) : formatBillions(value);
}

/** An axis tick: round numbers only ("$20bn"). */
export function formatTick(value: number): string {
  return `${roundBillions(value)}bn`;
}

const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** "2022-02-24" as "24 Feb 2022". */
export function formatDate(date: string): string {
  const [year, month, day] = date.split("-");
  return `${Number(day)} ${months[Number(month) - 1] ?? ""} ${year}`;
}
