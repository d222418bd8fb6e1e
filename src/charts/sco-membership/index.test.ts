import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { decodeFrames, encodeFrames } from "../shared/frameDelta.ts";
import membershipChart, { type PreparedMembershipChart } from "./index.ts";
import { layoutMembershipFrame } from "./layout.ts";
import { listMembershipStates, membershipSummaryState } from "./states.ts";

// The contract's Astro components are rendered by Astro, not here; Vitest cannot compile them.

const rows = realData.membership;
const chart = membershipChart.prepare(realData) as PreparedMembershipChart;
const states = listMembershipStates(rows);

describe("the SCO map's contract", () => {
  it("lists a state per year with a change, each with the words of its frame", () => {
    expect(chart.states.map((state) => state.id)).toEqual(states);
    for (const state of chart.states) {
      const frame = layoutMembershipFrame(rows, state.id, chart.geography);
      expect(state).toEqual({
        id: state.id,
        label: state.id,
        description: frame.description,
        announcement: frame.announcement,
      });
    }
    expect(chart.summaryState).toBe(membershipSummaryState(rows));
    expect(chart.shareState).toBe(chart.summaryState);
  });

  it("says what changed since the step before in each frame of a sequence", () => {
    const sequence = ["1996", "2001", "2005", "2017", "2023", "2024"];
    const frames = chart.frames(sequence);
    expect(frames.map((frame) => frame.stateId)).toEqual(sequence);
    expect(frames[2]?.caption).toMatch(/^Since 2001: /);
    const since2001 = new Set(rows.filter((row) => row.year > 2001 && row.year <= 2005).map((row) => row.iso3));
    expect([...(frames[2]?.changedKeys ?? [])].sort()).toEqual([...since2001].sort());
    expect(frames[3]?.caption).toMatch(/^Since 2005: /);
    frames.forEach((frame, index) => {
      expect(frame).toEqual(layoutMembershipFrame(rows, frame.stateId, chart.geography, sequence[index - 1]));
    });
    // The first step is news of its own year.
    expect(frames[0]).toEqual(layoutMembershipFrame(rows, "1996", chart.geography));
  });

  it("names a drawing after its state, and after the step before when that is not the previous state", () => {
    expect(chart.drawings("2017").map((drawing) => drawing.name)).toEqual(["2017-wide", "2017"]);
    expect(chart.drawings("2017", "2015").map((drawing) => drawing.name)).toEqual(["2017-wide", "2017"]);
    const since = chart.drawings("2017", "2005");
    expect(since.map((drawing) => drawing.name)).toEqual(["2017-since-2005-wide", "2017-since-2005"]);
    expect(since[0]?.svg).toContain("Since 2005: ");
    expect(since[0]?.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    // A standalone file carries its own outlines, the page's figures share one copy.
    expect(since[0]?.svg).toContain("<defs>");
    expect(chart.pageDefs?.()).toContain("<defs>");
  });

  it("credits the sites its rows cite, counted from the rows", () => {
    const sites = new Set(rows.map((row) => new URL(row.source_url).hostname.replace(/^www\./, "")));
    expect(chart.sourceNote).toContain(`the SCO and ${sites.size - 1} news and government sites`);
  });

  it("sends its real frames through the delta encoding unchanged", () => {
    for (const sequence of [states, ["1996", "2001", "2005", "2017", "2023", "2024"], [...states].reverse()]) {
      const frames = chart.frames(sequence);
      const encoded = JSON.parse(JSON.stringify(encodeFrames(frames))) as ReturnType<typeof encodeFrames>;
      expect(decodeFrames(encoded)).toEqual(JSON.parse(JSON.stringify(frames)));
    }
  });
});
