/** A sentence of a block: where it starts and ends in the block's text. */
export interface SentenceRange {
  start: number;
  end: number;
}

/** Words after which a full stop does not end a sentence. */
const abbreviations = /(?:\b[A-Z]|\bMr|\bMrs|\bDr|\bSt|\be\.g|\bi\.e|\bvs|\bNo)\.$/;

/**
 * The sentences of a block, by the full stops, question and exclamation marks followed by a
 * space and a capital, a digit or a quotation mark; not after an initial ("S. Jaishankar") or a
 * common abbreviation. Good enough to keep a count and the words it counts together.
 */
export function splitSentences(text: string): SentenceRange[] {
  const ranges: SentenceRange[] = [];
  let start = 0;
  for (const match of text.matchAll(/[.!?]["'”’)]?\s+(?=["“‘(]?[A-Z0-9])/g)) {
    const end = match.index + 1;
    if (abbreviations.test(text.slice(Math.max(0, end - 5), end))) continue;
    ranges.push({ start, end });
    start = match.index + match[0].length;
  }
  if (start < text.length) ranges.push({ start, end: text.length });
  return ranges;
}
