import { describe, expect, it } from "vitest";
import { readSection } from "./readSection.ts";

const body = [
  "", // line 4 of the file: the body starts right after the frontmatter's closing line
  "Prose with [$94.8 billion](row:trade/2024/CHN/CA5/gacc) and a [link](https://example.org).",
  "",
  '<Step id="first" state="2001">',
  "",
  "China traded [$30.8 billion](row:trade/2008/CHN/CA5/imf-chn) that year, up from 1995.",
  "",
  "</Step>",
  "",
  '<Step id="second" state="2024">',
  "",
  "</Step>",
  "",
].join("\n");
const section = readSection(body, 3);

describe("readSection", () => {
  it("finds each step with its id, state and line in the file", () => {
    expect(section.steps.map(({ id, state, line }) => ({ id, state, line }))).toEqual([
      { id: "first", state: "2001", line: 7 },
      { id: "second", state: "2024", line: 13 },
    ]);
  });

  it("keeps a step's words as a reader sees them, and an empty step empty", () => {
    expect(section.steps[0]?.text).toBe("China traded $30.8 billion that year, up from 1995.");
    expect(section.steps[1]?.text).toBe("");
  });

  it("finds the data citations inside steps and in prose, each with its line", () => {
    expect(section.steps[0]?.citations).toEqual([
      { ref: "trade/2008/CHN/CA5/imf-chn", text: "$30.8 billion", line: 9 },
    ]);
    expect(section.proseCitations).toEqual([{ ref: "trade/2024/CHN/CA5/gacc", text: "$94.8 billion", line: 5 }]);
  });

  it("keeps ordinary links' words as uncited text and leaves citations out of it", () => {
    const uncited = section.uncitedText.map((run) => run.text).join("|");
    expect(uncited).toContain("link");
    expect(uncited).not.toContain("$30.8");
    expect(uncited).not.toContain("$94.8");
    expect(section.text).toContain("$30.8 billion");
  });

  it("gives each run of uncited text its line", () => {
    const run = section.uncitedText.find((each) => each.text.includes("up from 1995"));
    expect(run?.line).toBe(9);
  });

  it("gives a figure in a wrapped paragraph the line it is on", () => {
    const wrapped = readSection(["Russia's trade reached", "$37 billion in 2021."].join("\n"), 4);
    const run = wrapped.uncitedText.find((each) => each.text.includes("$37 billion"));
    const line = (run?.line ?? 0) + (run?.text.slice(0, run.text.indexOf("$37")).split("\n").length ?? 1) - 1;
    expect(line).toBe(6);
  });
});
