import { describe, expect, it } from "vitest";
import { labelRuleProblems } from "../../../test/mapLabelRule.ts";
import { realData } from "../../../test/realData.ts";
import { boxesOverlap } from "../shared/boxes.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { labelBox } from "../shared/eurasia/labelBox.ts";
import { segmentHitsBox } from "../shared/eurasia/segments.ts";
import { layoutMapLabels } from "./labels.ts";
import { layoutMembershipFrame } from "./layout.ts";
import { listMembershipStates } from "./states.ts";
import { statusOf } from "./status.ts";

const rows = realData.membership;
const geography = eurasiaFor(realData);
const states = listMembershipStates(rows);
const names = Object.fromEntries(rows.map((row) => [row.iso3, row.country]));

/** Every frame a reader may meet: each state after the one before it, and after any earlier step. */
const frames = states.flatMap((stateId, index) =>
  [undefined, ...states.slice(0, index)].map((since) => ({
    since,
    frame: layoutMembershipFrame(rows, stateId, geography, since),
  })),
);
const where = (frame: { stateId: string }, since?: string) => `${frame.stateId}${since ? ` since ${since}` : ""}`;

/** The countries a state colours, from the rows: every country with a status at the end of its year. */
const colouredIn = (stateId: string) =>
  new Set(rows.map((row) => row.iso3).filter((iso3) => statusOf(rows, iso3, Number(stateId)) !== "none"));

/** What a membership label names: its country, drawn as a shape or, for a small state, a dot. */
const targetOf = (key: string) => {
  const dot = geography.dots.find((candidate) => candidate.key === key);
  return { ownKeys: [key], ...(dot ? { point: [dot.cx, dot.cy] as const } : {}) };
};

describe("newcomer labels", () => {
  it("name every country that changed status, as the map names it (no parenthesis)", () => {
    for (const { frame } of frames) {
      expect(frame.labels.map((label) => label.key).sort()).toEqual([...frame.changedKeys].sort());
      for (const label of frame.labels) {
        expect(names[label.key]?.startsWith(label.text) || label.text === "UAE", label.text).toBe(true);
        expect(label.text).not.toMatch(/\(/);
      }
    }
    expect(layoutMembershipFrame(rows, "2024", geography).labels.map((label) => label.text)).toEqual(["Belarus"]);
  });

  it("sit on their own country, or stand off it with a leader line, never over another coloured country without one", () => {
    const problems = frames.flatMap(({ frame, since }) =>
      labelRuleProblems(where(frame, since), frame.labels, geography, colouredIn(frame.stateId), targetOf),
    );
    expect(problems).toEqual([]);
    // Not vacuous: some names sit on their shapes, and the small states' names need leader lines.
    const all = frames.flatMap(({ frame }) => frame.labels);
    expect(all.some((label) => !label.leader)).toBe(true);
    expect(all.some((label) => label.leader)).toBe(true);
  });

  // A frame of more than 20 new names (a step from 1996 straight to the 2020s) may crowd the Gulf.
  const readable = frames.filter(({ frame }) => frame.labels.length <= 20);

  it("keep every label inside the map, clear of the others and of their leader lines, up to 20 names at once", () => {
    expect(readable.length).toBeGreaterThan(frames.length * 0.9);
    for (const { frame, since } of readable) {
      const boxes = frame.labels.map((label) => ({ label, box: labelBox(label) }));
      for (const { label, box } of boxes) {
        const at = `${where(frame, since)}: ${label.text}`;
        expect(box.left, at).toBeGreaterThanOrEqual(0);
        expect(box.right, at).toBeLessThanOrEqual(geography.width);
        expect(box.top, at).toBeGreaterThanOrEqual(0);
        expect(box.bottom, at).toBeLessThanOrEqual(geography.height);
      }
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          const pair = `${where(frame, since)}: ${a.label.text} / ${b.label.text}`;
          expect(boxesOverlap(a.box, b.box), pair).toBe(false);
          if (a.label.leader) expect(segmentHitsBox(a.label.leader, b.box), pair).toBe(false);
          if (b.label.leader) expect(segmentHitsBox(b.label.leader, a.box), pair).toBe(false);
        }
      });
    }
    expect(Math.max(...readable.map(({ frame }) => frame.labels.length))).toBeGreaterThan(10);
  });

  it("skip a country the map cannot place rather than inventing a position", () => {
    const coloured = new Set(["KAZ"]);
    expect(layoutMapLabels(geography, ["KAZ", "ATA"], names, coloured).map((label) => label.key)).toEqual(["KAZ"]);
  });
});
