const counts = [
  "zero",
  "one",
  "two",
  "three",
  "four",
  "five",
  "six",
  "seven",
  "eight",
  "nine",
  "ten",
  "eleven",
  "twelve",
  "thirteen",
  "fourteen",
  "fifteen",
  "sixteen",
  "seventeen",
  "eighteen",
  "nineteen",
  "twenty",
];
const ordinals = [
  "zeroth",
  "first",
  "second",
  "third",
  "fourth",
  "fifth",
  "sixth",
  "seventh",
  "eighth",
  "ninth",
  "tenth",
  "eleventh",
  "twelfth",
  "thirteenth",
  "fourteenth",
  "fifteenth",
  "sixteenth",
  "seventeenth",
  "eighteenth",
  "nineteenth",
  "twentieth",
];

/** A count as the story writes it, in words up to twenty or in digits: "nine" → 9, "12" → 12. */
export const countPattern = `(?:${counts.join("|")}|\\d+)`;

/** An ordinal as the story writes it: "tenth", "10th", "first". */
export const ordinalPattern = `(?:${ordinals.join("|")}|\\d+(?:st|nd|rd|th))`;

/** The number a count or an ordinal stands for ("nine", "ninth", "9th" → 9); undefined for other words. */
export function numberOf(word: string): number | undefined {
  const lower = word.toLowerCase();
  if (/^\d+(?:st|nd|rd|th)?$/.test(lower)) return Number.parseInt(lower, 10);
  const index = Math.max(counts.indexOf(lower), ordinals.indexOf(lower));
  return index >= 0 ? index : undefined;
}

/** "9th"-style ordinal in words where there is one: 10 → "tenth", 24 → "24th". */
export function ordinalWord(value: number): string {
  const word = ordinals[value];
  if (word) return word;
  const suffix = value % 100 >= 11 && value % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][value % 10] ?? "th");
  return `${value}${suffix}`;
}
