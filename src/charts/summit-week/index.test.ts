import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { datasetSpecs } from "../../data/datasets.ts";
import { attendanceKinds } from "../../schemas/attendanceRow.ts";
import { escapeXml } from "../shared/svg.ts";
import summitChart, { type PreparedSummitChart } from "./index.ts";
import { layoutSummitChart, layoutSummitFrame, type SummitFrame } from "./layout.ts";
import { summitStateIds, summitStateSpecs, summitSummaryState } from "./states.ts";

// The contract's Astro components load as stubs here (vitest.config.ts); Astro renders them.

const chart = summitChart.prepare(realData) as PreparedSummitChart;
const geographyOf = () => chart.sceneFor(summitSummaryState).geography;

/** Element names whose opening and closing tags do not pair up (a cheap check that a file is whole). */
function unpairedTags(svg: string): string[] {
  const body = svg.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "");
  const count = (pattern: RegExp) =>
    [...body.matchAll(pattern)].reduce(
      (tally, [, name]) => tally.set(name ?? "", (tally.get(name ?? "") ?? 0) + 1),
      new Map<string, number>(),
    );
  const opened = count(/<([\w-]+)[\s>]/g);
  const closed = count(/<\/([\w-]+)>/g);
  return [...new Set([...opened.keys(), ...closed.keys()])].filter((name) => opened.get(name) !== closed.get(name));
}

describe("the summit map's contract", () => {
  it("offers the attendance CSV as its data download", () => {
    expect(summitChart.dataset).toBe("attendance");
    expect(datasetSpecs[summitChart.dataset].file).toBe("summit-attendance.csv");
  });

  it("lists its states in story order, each with the words of its frame", () => {
    expect(chart.states.map((state) => state.id)).toEqual([...summitStateIds]);
    for (const state of chart.states) {
      const frame = layoutSummitFrame(chart.model, state.id, geographyOf());
      expect(state).toEqual({
        id: state.id,
        label: summitStateSpecs[state.id as (typeof summitStateIds)[number]].label,
        description: frame.description,
        announcement: frame.announcement,
      });
      expect(state.description.length).toBeGreaterThan(state.announcement.length);
    }
    expect(new Set(chart.states.map((state) => state.announcement)).size).toBe(chart.states.length);
    expect(chart.summaryState).toBe(summitSummaryState);
    expect(chart.shareState).toBe(summitSummaryState);
  });

  it("gives a frame per state of a sequence, in the sequence's order", () => {
    for (const sequence of [[...summitStateIds], [...summitStateIds].reverse(), ["summit", "xi-arrives"]]) {
      const frames = chart.frames(sequence) as SummitFrame[];
      expect(frames.map((frame) => frame.stateId)).toEqual(sequence);
      frames.forEach((frame) => expect(frame).toEqual(layoutSummitFrame(chart.model, frame.stateId, geographyOf())));
      expect(JSON.parse(JSON.stringify(frames))).toEqual(frames);
    }
  });

  it("has a legend entry for every kind of attendance", () => {
    expect(chart.legend.map((entry) => entry.key)).toEqual([...attendanceKinds]);
  });

  it("draws each state as standalone files, wide and compact, with the caption and the legend", () => {
    for (const id of summitStateIds) {
      const drawings = chart.drawings(id);
      expect(drawings.map((drawing) => drawing.name)).toEqual([`${id}-wide`, id]);
      expect(drawings[0]?.media).toMatch(/min-width/);
      const drawing = drawings.at(-1);
      const svg = drawing?.svg ?? "";
      expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg).toContain(`viewBox="0 0 ${drawing?.width} ${drawing?.height}"`);
      expect(unpairedTags(svg), id).toEqual([]);
      // The caption is the bold heading, wrapped over as many lines as it needs.
      const heading = [...svg.matchAll(/<text [^>]*font-weight="700"[^>]*>([^<]*)<\/text>/g)].map(([, text]) => text);
      expect(heading.join(" "), id).toBe(escapeXml(layoutSummitChart(chart.model, id, geographyOf()).caption));
      for (const entry of chart.legend) {
        expect(svg, id).toContain(`>${escapeXml(entry.label)}</text>`);
        expect(svg, id).toContain(`data-attendance="${entry.key}"`);
      }
      expect(svg).toContain('class="summit-map"');
      // A file stands alone: every outline it draws is defined inside it.
      const ids = new Set([...svg.matchAll(/\sid="([^"]+)"/g)].map(([, value]) => value));
      for (const [, target] of svg.matchAll(/href="#([^"]+)"/g)) expect(ids.has(target), target).toBe(true);
    }
  });

  it("draws the names' leader lines into the files too, and a state's own legend words", () => {
    let leaders = 0;
    for (const id of summitStateIds) {
      const scene = layoutSummitChart(chart.model, id, geographyOf());
      for (const drawing of chart.drawings(id)) {
        const drawn = [...drawing.svg.matchAll(/<line data-leader="([^"]+)"[^>]*data-visible="true"/g)].map(
          ([, key]) => key,
        );
        expect(drawn.sort(), drawing.name).toEqual(
          scene.labels
            .filter((label) => label.leader)
            .map((label) => label.key)
            .sort(),
        );
        leaders += drawn.length;
        if (scene.legendNote) expect(drawing.svg, drawing.name).toContain(`>${escapeXml(scene.legendNote)}</text>`);
      }
    }
    expect(leaders).toBeGreaterThan(0);
  });

  it("rejects an unknown state for a scene", () => {
    expect(() => chart.sceneFor("5-july")).toThrow(/Unknown summit-week state/);
  });
});
