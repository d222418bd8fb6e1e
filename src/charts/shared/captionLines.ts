import { measureText } from "./measureText.ts";

/**
 * The text measures a map caption is set in: the narrowest phone figure (a 320 px embed, 296 px
 * wide) at the caption's 14 px, and the narrowest wide one (from 48rem screens) at 16 px.
 */
const measures = { phone: { width: 296, size: 14 }, wide: { width: 680, size: 16 } } as const;

/** Lines a caption needs in a measure, wrapped word by word on the conservative width estimate. */
export function captionLines(text: string, measure: keyof typeof measures): number {
  const { width, size } = measures[measure];
  const space = measureText(" ", size);
  let lines = 0;
  let used = Infinity;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = measureText(word, size);
    if (used + space + wordWidth <= width) used += space + wordWidth;
    else {
      lines += 1;
      used = wordWidth;
    }
  }
  return lines;
}

/** The most lines a map caption may take on a phone, so a figure fits the upper half of the screen. */
export const captionLineBudget = 2;

/**
 * The first of a caption's versions (fullest first) that fits {@link captionLineBudget} lines on a
 * phone, or the last (the shortest) when none does.
 */
export function fitCaption(versions: readonly string[], prefix = ""): string {
  const fits = versions.find((version) => captionLines(`${prefix}${version}`, "phone") <= captionLineBudget);
  return fits ?? versions.at(-1) ?? "";
}
