import { describe, expect, it } from "vitest";
import { checkStepLength, maxStepWords, wordCount } from "./checkStepLength.ts";
import type { CheckedSection } from "./checkStory.ts";

function sectionWith(text: string): CheckedSection {
  return {
    file: "content/story/02-trade.mdx",
    frontmatter: { title: "A section", chart: "central-asia-trade" },
    keyLines: {},
    source: {
      steps: [{ id: "a-step", state: "crossover", formerly: [], line: 12, text, citations: [] }],
      proseCitations: [],
      text,
      uncitedText: [],
      blocks: [],
      problems: [],
    },
  };
}

describe("checkStepLength", () => {
  it("counts words, figures and years as a reader reads them, not punctuation", () => {
    expect(wordCount("In 2008 China passed Russia, $30.8 billion to $26.8 billion — each by its own count.")).toBe(15);
  });

  it("lets a step of the longest length pass, and refuses one word more with the file, line and count", () => {
    const words = (count: number) => Array.from({ length: count }, () => "word").join(" ");
    expect(checkStepLength([sectionWith(words(maxStepWords))])).toEqual([]);
    const [issue] = checkStepLength([sectionWith(words(maxStepWords + 1))]);
    expect(issue).toMatchObject({ file: "content/story/02-trade.mdx", line: 12, field: "(body)" });
    expect(issue?.message).toContain(`${maxStepWords + 1} words`);
  });
});
