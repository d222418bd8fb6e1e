import type { DataIssue } from "../data/DataError.ts";
import type { CheckedSection } from "./checkStory.ts";

/**
 * The most words a step may have: a step is one idea, read in the zone under a phone's pinned
 * chart (40 to 60 is the aim). The step's source line is not counted.
 */
export const maxStepWords = 70;

/** The words a reader reads in a step's text (figures count as one word each). */
export function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/** Every step over {@link maxStepWords} words, with its file, line and length. */
export function checkStepLength(sections: readonly CheckedSection[]): DataIssue[] {
  return sections.flatMap(({ file, source }) =>
    source.steps.flatMap(({ id, text, line }) => {
      const words = wordCount(text);
      if (words <= maxStepWords) return [];
      const message = `the step "${id ?? ""}" has ${words} words, over the ${maxStepWords} a step may have (40 to 60 read best on a phone); split it into two steps or cut it.`;
      return [{ file, line, field: "(body)", message }];
    }),
  );
}
