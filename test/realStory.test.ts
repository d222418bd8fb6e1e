import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { prepareCharts } from "../src/charts/getCharts.ts";
import { storyDir } from "../src/data/contentPaths.ts";
import { checkStory, type CheckedSection } from "../src/story/checkStory.ts";
import { readSection } from "../src/story/readSection.ts";
import { realData } from "./realData.ts";

// The charts' Astro components and the content layer belong to the Astro build; Vitest loads neither.

/** A section as the story loader reads it: YAML frontmatter with each key's line, the body after the closing `---`. */
function sectionOf(file: string, raw: string): CheckedSection {
  const lines = raw.split(/\r?\n/);
  const end = lines.indexOf("---", 1);
  expect(lines[0], file).toBe("---");
  expect(end, file).toBeGreaterThan(0);
  const keyLines: Record<string, number> = {};
  lines.slice(1, end).forEach((line, index) => {
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    if (key) keyLines[key] ??= index + 2;
  });
  const frontmatter = parse(lines.slice(1, end).join("\n")) as CheckedSection["frontmatter"];
  return { file, frontmatter, keyLines, source: readSection(lines.slice(end + 1).join("\n"), end + 1) };
}

const files = readdirSync(storyDir)
  .filter((name) => name.endsWith(".mdx"))
  .sort();
const readAll = (edit: (file: string, text: string) => string = (_, text) => text) =>
  files.map((name) => {
    const file = path.relative(process.cwd(), path.join(storyDir, name));
    return sectionOf(file, edit(name, readFileSync(path.join(storyDir, name), "utf8")));
  });

const charts = prepareCharts(realData);
const statesByChart = Object.fromEntries(
  Object.entries(charts).map(([id, chart]) => [id, chart.states.map((state) => state.id)]),
);

describe("the real story", () => {
  const sections = readAll();

  it("is read in full: every section, its steps and its citations", () => {
    expect(files.length).toBeGreaterThan(5);
    const steps = sections.flatMap((section) => section.source.steps);
    const citations = sections.flatMap((section) => [
      ...section.source.steps.flatMap((step) => step.citations),
      ...section.source.proseCitations,
    ]);
    const written = files.map((name) => readFileSync(path.join(storyDir, name), "utf8")).join("\n");
    expect(steps).toHaveLength(written.match(/<Step\b/g)?.length ?? 0);
    expect(citations).toHaveLength(written.match(/\]\(row:/g)?.length ?? 0);
    expect(citations.length).toBeGreaterThan(10);
  });

  it("passes every check against the real data and the real charts' states", () => {
    const storyCharts = new Set(sections.flatMap((section) => section.frontmatter.chart ?? []));
    expect(storyCharts.size).toBeGreaterThan(1);
    for (const chart of storyCharts) expect(Object.keys(statesByChart)).toContain(chart);
    expect(checkStory(sections, statesByChart, realData)).toEqual([]);
  });

  it("would fail on one mistyped figure, at its file and line", () => {
    const target = files.find((name) => readFileSync(path.join(storyDir, name), "utf8").includes("](row:"));
    if (!target) throw new Error("fixture");
    const original = readFileSync(path.join(storyDir, target), "utf8");
    const [, figure = ""] = /\[([^\]]+)\]\(row:/.exec(original) ?? [];
    const line = original.slice(0, original.indexOf(`[${figure}](row:`)).split("\n").length;
    const mistyped = figure.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
    const edited = readAll((name, text) =>
      name === target ? text.replace(`[${figure}](row:`, `[${mistyped}](row:`) : text,
    );
    const issues = checkStory(edited, statesByChart, realData);
    expect(issues).toEqual([
      expect.objectContaining({
        file: path.relative(process.cwd(), path.join(storyDir, target)),
        line,
        field: "figure",
      }),
    ]);
    expect(issues[0]?.message).toContain(`write "${figure}"`);
  });
});
