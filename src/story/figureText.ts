import { formatMoney } from "../charts/shared/format.ts";
import type { ResolvedRow } from "./rowRefs.ts";

/** A US$ figure in running text: "$30.8 billion", "more than $42 billion", "$80 million". */
export const moneyPattern = /(?:\b(?:over|more than|at least) )?\$\d[\d,]*(?:\.\d+)?(?: ?(?:billion|million|bn|m)\b)?/g;

/** The words a lower bound may be written with; the house style prints "over". */
const lowerBoundWords = /^(?:over|more than|at least) /;

/** A printed figure in the house form, so two ways of writing one figure compare equal. */
function normalise(text: string): string {
  return text.trim().replace(lowerBoundWords, "over ").replace(/ ?bn$/, " billion").replace(/ ?m$/, " million");
}

/**
 * Checks a printed figure against the row its citation points to, at the printed precision and
 * in the house style: undefined when it matches, else what to write instead.
 */
export function checkFigure(printed: string, row: ResolvedRow): string | undefined {
  const expected = formatMoney(row.amount, row);
  if (normalise(printed) === expected) return undefined;
  const written = row.amount.value.toFixed(row.amount.decimals);
  const bound = row.isLowerBound ? ', a minimum ("over")' : "";
  return `"${printed}" does not match ${row.address} (${row.column} ${written}${bound}); write "${expected}".`;
}
