/** A year written in the story, and where: which block, at which offset. */
export interface WrittenYear {
  block: number;
  index: number;
  year: number;
}

/**
 * Four-digit numbers from 1000 to 2999, read as years (a typo such as 2107 included), not inside
 * longer numbers, amounts or decades ("the 1990s" is checked as a plain number).
 */
export const yearPattern = /(?<![\d.,$])[12]\d{3}(?![\d.,]\d)(?!s\b|\s?(?:billion|million|km|per ?cent|%))/g;

/** Every year written in a text, with its offset. */
export function yearsWritten(text: string): { index: number; year: number }[] {
  return [...text.matchAll(yearPattern)].map((match) => ({ index: match.index, year: Number(match[0]) }));
}

/**
 * The years a date without one may belong to, nearest first: those written before it in its own
 * block, then in the blocks before it that share its context (the earlier blocks of its step and
 * of the steps before it in a scrolly section; none in a prose section, whose paragraphs and
 * list items stand alone), then those written after it in its own sentence.
 */
export function candidateYears(
  written: readonly WrittenYear[],
  at: { block: number; index: number; sentenceEnd: number },
  sharesContext: (block: number) => boolean,
): { year: number; from: string }[] {
  const before = written
    .filter((entry) =>
      entry.block === at.block ? entry.index < at.index : entry.block < at.block && sharesContext(entry.block),
    )
    .sort((a, b) => b.block - a.block || b.index - a.index)
    .map((entry) => ({
      year: entry.year,
      from: entry.block === at.block ? "the year written before it" : "the year of the steps before it",
    }));
  const after = written
    .filter((entry) => entry.block === at.block && entry.index > at.index && entry.index < at.sentenceEnd)
    .map((entry) => ({ year: entry.year, from: "the year written after it in the sentence" }));
  return [...before, ...after];
}
