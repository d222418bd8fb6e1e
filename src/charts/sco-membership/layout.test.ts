import { describe, expect, it } from "vitest";
import { loadMembership } from "../../data/loadMembership.ts";
import { layoutMembershipGeography } from "./geography.ts";
import { layoutMembershipChart, layoutMembershipFrame } from "./layout.ts";
import { listMembershipStates } from "./states.ts";

const rows = loadMembership();
const keys = new Set(rows.map((row) => row.iso3));

describe("layoutMembershipFrame", () => {
  it("is pure: the same rows and state give the same frame", () => {
    expect(layoutMembershipFrame(rows, "2017")).toEqual(layoutMembershipFrame(rows, "2017"));
  });

  it("rejects an unknown state and lists the allowed ones", () => {
    expect(() => layoutMembershipFrame(rows, "1999")).toThrow(/Unknown sco-membership state "1999".*2001/);
  });

  it("highlights the countries whose status changed that year", () => {
    expect(layoutMembershipFrame(rows, "2017").changedKeys.sort()).toEqual(["IND", "PAK"]);
    expect(layoutMembershipFrame(rows, "2024").changedKeys).toEqual(["BLR"]);
  });

  it("builds legend counts and the text alternative from the same tally", () => {
    const frame = layoutMembershipFrame(rows, "2024");
    const members = frame.counts.find((entry) => entry.status === "member");
    expect(members?.label).toBe(`${members?.count} members`);
    expect(frame.description).toContain(`${members?.count} members (`);
    expect(frame.description).toContain("Belarus");
    expect(frame.caption).toMatch(/^Belarus becomes a full member\.$/);
  });

  it("gives every mentioned country a status in every state", () => {
    for (const stateId of listMembershipStates(rows)) {
      expect(Object.keys(layoutMembershipFrame(rows, stateId).statuses).sort()).toEqual([...keys].sort());
    }
  });
});

describe("layoutMembershipGeography", () => {
  const geography = layoutMembershipGeography(keys);

  it("draws every country the data mentions, as a shape or a dot", () => {
    const drawn = new Set([...geography.shapes.map((shape) => shape.key), ...geography.dots.map((dot) => dot.key)]);
    for (const key of keys) expect(drawn, key).toContain(key);
  });

  it("keeps dots for small states inside the viewBox", () => {
    for (const dot of geography.dots) {
      expect(dot.cx).toBeGreaterThanOrEqual(0);
      expect(dot.cx).toBeLessThanOrEqual(geography.width);
      expect(dot.cy).toBeGreaterThanOrEqual(0);
      expect(dot.cy).toBeLessThanOrEqual(geography.height);
    }
  });

  it("gives each shape a unique ISO3 key", () => {
    const shapeKeys = geography.shapes.map((shape) => shape.key);
    expect(new Set(shapeKeys).size).toBe(shapeKeys.length);
    for (const key of shapeKeys) expect(key).toMatch(/^[A-Z]{3}$/);
  });

  it("adds the timeline and the names to the scene", () => {
    const scene = layoutMembershipChart(rows, "2001", geography);
    expect(scene.timeline.map((entry) => String(entry.year))).toEqual(listMembershipStates(rows));
    expect(scene.names.KAZ).toBe("Kazakhstan");
  });
});
