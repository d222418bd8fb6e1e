import { describe, expect, it } from "vitest";
import { readStoryFile } from "./readStoryFile.ts";

const file = "content/story/05-test.mdx";
const frontmatter = ["---", 'title: "A section"', "order: 5", "chart: sco-membership", "---", ""];
const step = ['<Step id="a" state="2001">', "", "Text.", "", "</Step>", ""];
const issuesOf = (...lines: string[]) => readStoryFile(lines.join("\n"), file).issues;
const one = (...lines: string[]) => {
  const issues = issuesOf(...lines);
  expect(issues, JSON.stringify(issues)).toHaveLength(1);
  return issues[0];
};

describe("readStoryFile", () => {
  it("reads a well-formed section with its steps at their file lines", () => {
    const { section, issues } = readStoryFile([...frontmatter, ...step].join("\n"), file);
    expect(issues).toEqual([]);
    expect(section?.keyLines).toEqual({ title: 2, order: 3, chart: 4 });
    expect(section?.source.steps.map(({ id, line }) => ({ id, line }))).toEqual([{ id: "a", line: 7 }]);
  });

  it("names an MDX syntax error at the line the editor sees, frontmatter counted", () => {
    const unclosed = one(...frontmatter, ...step.filter((line) => line !== "</Step>"));
    expect(unclosed).toMatchObject({ file, line: 7, field: "<Step>" });
    expect(unclosed?.message).toContain("never closed; add </Step>");
    const quote = one(...frontmatter.filter((line) => !line.startsWith("chart")), "", "<PullQuote>A point.", "");
    expect(quote).toMatchObject({ line: 7, field: "<PullQuote>" });
    const stray = one(...frontmatter, ...step, "</Step>", "");
    expect(stray).toMatchObject({ line: 13, field: "</Step>" });
    expect(stray?.message).toContain("closes nothing");
  });

  it("rejects a missing, unclosed or non-YAML frontmatter, a missing title and an unknown key", () => {
    expect(one("Just text.")).toMatchObject({ line: 1, field: "(frontmatter)" });
    expect(one("---", 'title: "A"', "", "Text.")?.message).toContain("never closed");
    const yaml = one("---", "title: A: B", "order: 1", "---", "", "Text.");
    expect(yaml).toMatchObject({ line: 2, field: "title" });
    expect(yaml?.message).toContain("not valid YAML");
    expect(one("---", "order: 1", "---", "", "Text.")).toMatchObject({ line: 1, field: "title" });
    const key = one("---", 'title: "A"', "order: 1", "tilte: x", "---", "", "Text.");
    expect(key).toMatchObject({ line: 4, field: "tilte" });
    expect(key?.message).toContain('did you mean "title"?');
  });

  it("quotes a frontmatter value it refuses", () => {
    const order = one("---", 'title: "A"', 'order: "four"', "---", "", "Text.");
    expect(order).toMatchObject({ line: 3, field: "order" });
    expect(order?.message).toMatch(/^"four" must be a number/);
  });

  it("rejects code, unknown components and attributes, and attributes in braces", () => {
    const body = (...lines: string[]) => issuesOf(...frontmatter, ...lines);
    expect(body("A {brace}.")[0]).toMatchObject({ line: 7, field: "(body)" });
    expect(body("<Pullquote>x</Pullquote>")[0]).toMatchObject({ line: 7, field: "<Pullquote>" });
    expect(body('<Step id="a" stat="2001">', "", "x", "", "</Step>")[0]).toMatchObject({ line: 7, field: "stat" });
    expect(body('<Step id={a} state="2001">', "", "x", "", "</Step>")[0]?.message).toContain(
      "write id as text in double quotes",
    );
  });
});
