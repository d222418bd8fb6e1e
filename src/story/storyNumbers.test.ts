import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { dataDir } from "../data/dataFiles.ts";

const storyDir = path.resolve(process.cwd(), "content/story");

/** Every number written anywhere in the data folder (cells, dates, quoted notes, sources.md). */
function numbersInData(): Set<string> {
  const numbers = new Set<string>();
  for (const file of readdirSync(dataDir).filter((name) => /\.(csv|md)$/.test(name))) {
    for (const match of readFileSync(path.join(dataDir, file), "utf8").matchAll(/\d+(?:\.\d+)?/g)) {
      numbers.add(match[0]);
      numbers.add(String(Number(match[0])));
    }
  }
  return numbers;
}

/** The reader-visible text of an MDX file: link targets and tags removed, frontmatter kept. */
function visibleText(mdx: string): string {
  return mdx
    .replace(/\]\([^)]*\)/g, "]")
    .replace(/<[^>]+>/g, " ")
    .replace(/https?:\/\/\S+/g, " ");
}

describe("numbers in the story", () => {
  const allowed = numbersInData();
  const files = readdirSync(storyDir).filter((name) => name.endsWith(".mdx"));

  it("reads the story", () => {
    expect(files.length).toBeGreaterThan(5);
  });

  for (const file of files) {
    it(`${file}: every number also stands in the sourced data`, () => {
      const text = visibleText(readFileSync(path.join(storyDir, file), "utf8"));
      const numbers = [...text.matchAll(/\d+(?:\.\d+)?/g)].map((match) => match[0]);
      const unsourced = numbers.filter((number) => !allowed.has(number) && !allowed.has(String(Number(number))));
      expect(unsourced, `numbers in ${file} not found in content/data`).toEqual([]);
    });
  }
});
