import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import {
  listMembershipStates,
  membershipScrub,
  membershipStoryYear,
  membershipSummaryState,
  previousMembershipState,
  yearOfMembershipState,
} from "./states.ts";

const rows = realData.membership;

describe("the map's states", () => {
  it("run in year order, one per year with a change", () => {
    const states = listMembershipStates(rows);
    const years = states.map(yearOfMembershipState);
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(new Set(states).size).toBe(states.length);
  });

  it("open embeds at the latest state up to the story's year, so later rows do not move it", () => {
    const summary = membershipSummaryState(rows);
    const upTo = listMembershipStates(rows).filter((id) => yearOfMembershipState(id) <= membershipStoryYear);
    expect(summary).toBe(upTo.at(-1));
    expect(listMembershipStates(rows).some((id) => yearOfMembershipState(id) > membershipStoryYear)).toBe(true);
  });

  it("fail, saying what to add, without a row up to the story's year", () => {
    expect(() => membershipSummaryState(rows.filter((row) => row.year > membershipStoryYear))).toThrow(
      new RegExp(`no row up to ${membershipStoryYear}`),
    );
  });

  it("know the state before each one, and none before the first", () => {
    const states = listMembershipStates(rows);
    expect(previousMembershipState(rows, states[0] ?? "")).toBeUndefined();
    states.slice(1).forEach((id, index) => expect(previousMembershipState(rows, id)).toBe(states[index]));
  });
});

describe("scrubbing the map", () => {
  const scrub = membershipScrub(rows);
  const states = listMembershipStates(rows);

  it("runs through the state years up to the step's own, ending on it", () => {
    for (const state of states) {
      const values = scrub.valuesOf(state);
      expect(values.at(-1)).toBe(yearOfMembershipState(state));
      expect(values).toEqual(states.map(yearOfMembershipState).filter((year) => year <= yearOfMembershipState(state)));
    }
    expect(scrub.valuesOf("1999")).toEqual([]);
  });

  it("asks the figure for every state from the range's first to the step's, the step's own excluded", () => {
    const last = states.at(-1) ?? "";
    const first = yearOfMembershipState(states[0] ?? "");
    expect(scrub.statesThrough?.(last, first)).toEqual(states.slice(0, -1));
    const from = yearOfMembershipState(states[2] ?? "");
    expect(scrub.statesThrough?.(states[4] ?? "", from)).toEqual(states.slice(2, 4));
  });
});
