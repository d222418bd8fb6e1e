import { format } from "d3-format";

const roundBillions = format("$,~f");

/** A sourced figure: its value and the decimal places its CSV cell was written with. */
export interface Figure {
  /** US$ billions. */
  value: number;
  /** Decimal places of the CSV cell ("41.0" → 1). */
  decimals: number;
}

/**
 * A figure as "$94.82bn" or "$41.0bn": exactly the digits its CSV cell has. Values are parsed
 * from that decimal text, never computed, so formatting to its decimals gives the text back.
 */
export function formatBillions(figure: Figure): string {
  return `${format(`$,.${figure.decimals}f`)(figure.value)}bn`;
}

/** A value, worded as the source does when it is a lower bound: "over $42.0bn". */
export function formatValue(figure: Figure, isLowerBound: boolean): string {
  return isLowerBound ? `over ${formatBillions(figure)}` : formatBillions(figure);
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
