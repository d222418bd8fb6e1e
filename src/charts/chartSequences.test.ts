import { describe, expect, it } from "vitest";
import type { StoryStep } from "../story/getStory.ts";
import { sectionSequence } from "./chartSequences.ts";
import type { PreparedChart } from "./shared/chartContract.ts";

const step = (state: string, scrub?: string): StoryStep => ({
  id: `step-${state}`,
  state,
  since: undefined,
  chart: "sco-membership",
  scrub,
  citations: [],
});

/** A chart whose states are years and whose scrub runs through every year from the range's first. */
const yearChart = {
  scrub: {
    unit: "years",
    valuesOf: () => [],
    statesThrough: (state: string, from: number) =>
      Array.from({ length: Number(state) - from }, (_, index) => String(from + index)),
  },
} as unknown as PreparedChart;

describe("a section's sequence of states", () => {
  it("is its steps' states, in order, without a scrub", () => {
    expect(sectionSequence([step("2001"), step("2005")], yearChart)).toEqual(["2001", "2005"]);
  });

  it("puts the states a scrub runs through before its step, and none the reader has met already", () => {
    expect(sectionSequence([step("2001"), step("2005", "2001-2005")], yearChart)).toEqual([
      "2001",
      "2002",
      "2003",
      "2004",
      "2005",
    ]);
  });
});
