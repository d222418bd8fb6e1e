import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { captionLineBudget, captionLines } from "../shared/captionLines.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { mapName } from "../shared/eurasia/mapName.ts";
import { membershipCaption } from "./caption.ts";
import { layoutMembershipChart, layoutMembershipFrame } from "./layout.ts";
import { listMembershipStates } from "./states.ts";
import { statusOf } from "./status.ts";

const rows = realData.membership;
const keys = new Set(rows.map((row) => row.iso3));
const geography = eurasiaFor(realData);
const states = listMembershipStates(rows);
const nameOf = (iso3: string) => rows.find((row) => row.iso3 === iso3)?.country ?? iso3;
/** The countries whose rows fall after `since` and up to `year`, read straight from the rows. */
const changedSince = (since: number, year: number) =>
  [...new Set(rows.filter((row) => row.year > since && row.year <= year).map((row) => row.iso3))].sort();

describe("layoutMembershipFrame", () => {
  it("is pure: the same rows and state give the same frame", () => {
    expect(layoutMembershipFrame(rows, "2017", geography)).toEqual(layoutMembershipFrame(rows, "2017", geography));
    expect(layoutMembershipFrame(rows, "2017", geography, "2005")).toEqual(
      layoutMembershipFrame(rows, "2017", geography, "2005"),
    );
  });

  it("rejects an unknown state and lists the allowed ones", () => {
    expect(() => layoutMembershipFrame(rows, "1999", geography)).toThrow(/Unknown sco-membership state "1999".*2001/);
  });

  it("highlights the countries whose status changed since the chart's previous state", () => {
    states.forEach((stateId, index) => {
      const previous = Number(states[index - 1] ?? Number(stateId) - 1);
      const frame = layoutMembershipFrame(rows, stateId, geography);
      expect([...frame.changedKeys].sort(), stateId).toEqual(changedSince(previous, Number(stateId)));
    });
    expect(layoutMembershipFrame(rows, "2017", geography).changedKeys.sort()).toEqual(["IND", "PAK"]);
    expect(layoutMembershipFrame(rows, "2024", geography).changedKeys).toEqual(["BLR"]);
  });

  it("gives every mentioned country its status at the end of the year, in every state", () => {
    for (const stateId of states) {
      const frame = layoutMembershipFrame(rows, stateId, geography);
      expect(Object.keys(frame.statuses).sort()).toEqual([...keys].sort());
      for (const key of keys) expect(frame.statuses[key]).toBe(statusOf(rows, key, Number(stateId)));
    }
  });

  it("builds legend counts and the text alternative from the same tally", () => {
    const frame = layoutMembershipFrame(rows, "2024", geography);
    const members = frame.counts.find((entry) => entry.status === "member");
    const memberNames = Object.entries(frame.statuses)
      .filter(([, status]) => status === "member")
      .map(([iso3]) => nameOf(iso3));
    expect(members?.count).toBe(memberNames.length);
    expect(members?.label).toBe(`${members?.count} members`);
    expect(frame.description).toContain(`${members?.count} members (`);
    for (const name of memberNames) expect(frame.description).toContain(name);
    expect(frame.counts.every((entry) => entry.count > 0)).toBe(true);
  });

  it("announces the year, the caption and the legend", () => {
    const frame = layoutMembershipFrame(rows, "2024", geography);
    expect(frame.caption).toBe("Belarus becomes a full member.");
    expect(frame.announcement.startsWith(`2024: ${frame.caption} `)).toBe(true);
    for (const entry of frame.counts) expect(frame.announcement).toContain(entry.label);
  });
});

describe("captions since the previous step", () => {
  it("cover every change since the step before, and say since when, in two lines on a phone", () => {
    const frame = layoutMembershipFrame(rows, "2024", geography, "2005");
    expect(frame.caption).toMatch(/^Since 2005: /);
    expect([...frame.changedKeys].sort()).toEqual(changedSince(2005, 2024));
    // Each country is named on the map; the caption names it or counts it.
    const counted = [...frame.caption.matchAll(/(\d+) (?:new|countries|others)/g)].reduce(
      (sum, [, n]) => sum + Number(n),
      0,
    );
    const named = frame.changedKeys.filter((key) => frame.caption.includes(mapName(nameOf(key)))).length;
    expect(named + counted).toBeGreaterThanOrEqual(frame.changedKeys.length);
    expect(captionLines(`2024 ${frame.caption}`, "phone")).toBeLessThanOrEqual(captionLineBudget);
  });

  it("fit two lines on a phone in every state, and after every earlier step", () => {
    states.forEach((stateId, index) => {
      const year = Number(stateId);
      for (const since of [Number(states[index - 1] ?? year - 1), ...states.slice(0, index).map(Number)]) {
        const caption = membershipCaption(rows, since, year);
        expect(caption.length, `${stateId} since ${since}`).toBeGreaterThan(0);
        expect(captionLines(`${year} ${caption}`, "phone"), `${stateId} since ${since}`).toBeLessThanOrEqual(
          captionLineBudget,
        );
      }
    });
  });

  it("read as that year's news when only one year changed since the step before", () => {
    const sinceOne = layoutMembershipFrame(rows, "2017", geography, "2015");
    expect(sinceOne.caption).toBe(layoutMembershipFrame(rows, "2017", geography).caption);
    expect(sinceOne.caption).not.toMatch(/^Since/);
    // 2016 has no change, so from 2015 to 2017 only 2017 counts.
    expect(layoutMembershipFrame(rows, "2017", geography, "2012").caption).toMatch(/^Since 2012: /);
  });

  it("fall back to the state's own changes when the reader comes from a later step", () => {
    const back = layoutMembershipFrame(rows, "2001", geography, "2024");
    expect([...back.changedKeys].sort()).toEqual(changedSince(2000, 2001));
    expect(back.caption).toBe(layoutMembershipFrame(rows, "2001", geography).caption);
  });

  it("default to the chart's previous state", () => {
    expect(layoutMembershipFrame(rows, "2023", geography)).toEqual(
      layoutMembershipFrame(rows, "2023", geography, "2022"),
    );
    expect(layoutMembershipFrame(rows, "1996", geography, undefined).changedKeys.sort()).toEqual(
      changedSince(1995, 1996),
    );
  });
});

describe("layoutMembershipChart", () => {
  it("adds the timeline of every state and the names to the frame", () => {
    const scene = layoutMembershipChart(rows, "2001", geography);
    expect(scene.timeline.map((entry) => entry.stateId)).toEqual(states);
    expect(scene.timeline.map((entry) => entry.year)).toEqual(states.map(Number));
    expect(scene.names.KAZ).toBe("Kazakhstan");
    expect(scene.geography).toBe(geography);
    expect(layoutMembershipChart(rows, "2024", geography, "2005").caption).toMatch(/^Since 2005: /);
  });
});
