import type { FactSources } from "./checkFacts.ts";

/** A number of the text ("41", "24th", "1,500", "30.8", "1990s"), not part of a word or a domain name ("24.kg"). */
const numberPattern = /(?<![\w.,$])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(st|nd|rd|th|s)?(?![\w]|[.,]\d|\.[a-z])/g;

/** A plain number's problem at its offset. */
export interface NumberProblem {
  index: number;
  field: string;
  message: string;
}

/**
 * Every number of a block that is neither a date, a year nor a statement a chart checks: a
 * figure with a decimal must be cited to its row (the message names the row that holds it); a
 * count or an ordinal must be one the data's own text writes ("24th" summit, "41 years"), else it
 * is cited, derived in words, or corrected.
 */
export function checkNumber(
  text: string,
  isCovered: (index: number) => boolean,
  sources: Pick<FactSources, "dataNumbers" | "documentation" | "suggestCitation" | "years">,
  isSources: boolean,
): NumberProblem[] {
  const problems: NumberProblem[] = [];
  for (const match of text.matchAll(numberPattern)) {
    const [written, grouped = "", suffix = ""] = match;
    const digits = grouped.replaceAll(",", "");
    if (isCovered(match.index)) continue;
    if (isSources && sources.documentation.includes(written.toLowerCase())) continue;
    if (digits.includes(".")) {
      const decimals = digits.split(".")[1]?.length ?? 0;
      const cite = sources.suggestCitation(Number(digits), decimals);
      const hint = cite ? ` ${cite}` : " cite the row it comes from as [$… billion](row:trade/…), or correct it.";
      const what =
        decimals > 1
          ? "has more than one decimal (the house style rounds to one) and no data citation"
          : "is a figure without a data citation";
      problems.push({ index: match.index, field: "figure", message: `"${written}" ${what};${hint}` });
      continue;
    }
    if (sources.dataNumbers.has(`${Number(digits)}${suffix}`)) continue;
    // "The 1990s": a decade the data's years reach into.
    const decade = suffix === "s" && /^[12]\d{2}0$/.test(digits) ? Number(digits) : undefined;
    if (decade !== undefined && [...sources.years].some((year) => year >= decade && year < decade + 10)) continue;
    const message = `"${written}" is in no data field (dates, years, counts, the events' and journeys' own words; notes and links do not count); correct it, or add the sourced row that says it.`;
    problems.push({ index: match.index, field: "number", message });
  }
  return problems;
}
