import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { prepareCharts } from "../src/charts/getCharts.ts";
import { storyDir } from "../src/data/contentPaths.ts";
import { dataDocumentation } from "../src/data/dataDocumentation.ts";
import { checkStory, type CheckedSection, type StoryCheckContext } from "../src/story/checkStory.ts";
import { readPublishedIds } from "../src/story/publishedIds.ts";
import { readStoryFile } from "../src/story/readStoryFile.ts";
import { readStoryFiles } from "../src/story/readStoryFiles.ts";
import { realData } from "./realData.ts";

// The charts' Astro components and the content layer belong to the Astro build; Vitest loads
// neither, so the story is read here by the loader's own reader and checked with the same context.

const files = readStoryFiles();
const sectionsOf = (read = files) => read.flatMap((file) => (file.section ? [file.section] : []));
const charts = prepareCharts(realData);
const statesByChart = Object.fromEntries(
  Object.entries(charts).map(([id, chart]) => [id, chart.states.map((state) => state.id)]),
);
const context: StoryCheckContext = {
  published: readPublishedIds().published,
  claims: Object.values(charts).flatMap((chart) => chart.claims ?? []),
  documentation: dataDocumentation(),
};
const check = (sections: readonly CheckedSection[]) => checkStory(sections, statesByChart, realData, context);

describe("the real story", () => {
  const sections = sectionsOf();

  it("is read in full and without a problem: every section, its steps and its citations", () => {
    expect(files.flatMap((file) => file.issues)).toEqual([]);
    expect(sections.length).toBeGreaterThan(5);
    const steps = sections.flatMap((section) => section.source.steps);
    const citations = sections.flatMap((section) => [
      ...section.source.steps.flatMap((step) => step.citations),
      ...section.source.proseCitations,
    ]);
    const written = sections.map((section) => readFileSync(section.file, "utf8")).join("\n");
    expect(steps).toHaveLength(written.match(/<Step\b/g)?.length ?? 0);
    expect(citations).toHaveLength(written.match(/\]\(row:/g)?.length ?? 0);
    expect(citations.length).toBeGreaterThan(10);
  });

  it("passes every check against the real data, charts and published ids", () => {
    const storyCharts = new Set(sections.flatMap((section) => section.frontmatter.chart ?? []));
    expect(storyCharts.size).toBeGreaterThan(1);
    for (const chart of storyCharts) expect(Object.keys(statesByChart)).toContain(chart);
    expect(context.published?.ids.length).toBeGreaterThan(0);
    expect(context.claims?.length).toBeGreaterThan(2);
    expect(check(sections)).toEqual([]);
  });

  it("would fail on one mistyped figure, at its file and line", () => {
    const target = sections.find((section) => readFileSync(section.file, "utf8").includes("](row:"));
    if (!target) throw new Error("fixture");
    const original = readFileSync(target.file, "utf8");
    const [, figure = ""] = /\[([^\]]+)\]\(row:/.exec(original) ?? [];
    const line = original.slice(0, original.indexOf(`[${figure}](row:`)).split("\n").length;
    const mistyped = figure.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
    const edited = readStoryFile(original.replace(`[${figure}](row:`, `[${mistyped}](row:`), target.file).section;
    if (!edited) throw new Error("fixture");
    const issues = check(sections.map((section) => (section === target ? edited : section)));
    expect(issues).toEqual([expect.objectContaining({ file: target.file, line, field: "figure" })]);
    expect(issues[0]?.message).toContain(`write "${figure}"`);
  });

  it("reads the files of content/story/", () => {
    expect(sections.every((section) => path.dirname(path.resolve(section.file)) === storyDir)).toBe(true);
  });
});
