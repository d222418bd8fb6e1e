import { describe, expect, it } from "vitest";
import { loadMembership } from "../../data/loadMembership.ts";
import { layoutMembershipGeography } from "./geography.ts";
import { layoutMembershipChart, layoutMembershipFrame } from "./layout.ts";
import { listMembershipStates } from "./states.ts";

const rows = loadMembership();
const keys = new Set(rows.map((row) => row.iso3));
const geography = layoutMembershipGeography(keys);

describe("layoutMembershipFrame", () => {
  it("is pure: the same rows and state give the same frame", () => {
    expect(layoutMembershipFrame(rows, "2017", geography)).toEqual(layoutMembershipFrame(rows, "2017", geography));
  });

  it("rejects an unknown state and lists the allowed ones", () => {
    expect(() => layoutMembershipFrame(rows, "1999", geography)).toThrow(/Unknown sco-membership state "1999".*2001/);
  });

  it("highlights the countries whose status changed that year", () => {
    expect(layoutMembershipFrame(rows, "2017", geography).changedKeys.sort()).toEqual(["IND", "PAK"]);
    expect(layoutMembershipFrame(rows, "2024", geography).changedKeys).toEqual(["BLR"]);
  });

  it("builds legend counts and the text alternative from the same tally", () => {
    const frame = layoutMembershipFrame(rows, "2024", geography);
    const members = frame.counts.find((entry) => entry.status === "member");
    expect(members?.label).toBe(`${members?.count} members`);
    expect(frame.description).toContain(`${members?.count} members (`);
    expect(frame.description).toContain("Belarus");
    expect(frame.caption).toMatch(/^Belarus becomes a full member\.$/);
  });

  it("gives every mentioned country a status in every state", () => {
    for (const stateId of listMembershipStates(rows)) {
      expect(Object.keys(layoutMembershipFrame(rows, stateId, geography).statuses).sort()).toEqual([...keys].sort());
    }
  });
});

describe("layoutMembershipGeography", () => {
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

describe("newcomer labels", () => {
  it("names every country that changed status, inside the map, without overlaps", () => {
    for (const stateId of listMembershipStates(rows)) {
      const frame = layoutMembershipFrame(rows, stateId, geography);
      expect(frame.labels.map((label) => label.key).sort()).toEqual([...frame.changedKeys].sort());
      const boxes = frame.labels.map((label) => {
        const half = (label.text.length * 28 * 0.56) / 2;
        return { left: label.x - half, right: label.x + half, top: label.y - 28, bottom: label.y };
      });
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(geography.width);
        expect(box.bottom).toBeLessThanOrEqual(geography.height);
      }
      boxes.forEach((a, i) =>
        boxes.slice(i + 1).forEach((b) => {
          const isOverlapping = a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(isOverlapping, `${stateId}: labels overlap`).toBe(false);
        }),
      );
    }
  });

  it("uses the country names of the data", () => {
    expect(layoutMembershipFrame(rows, "2024", geography).labels.map((label) => label.text)).toEqual(["Belarus"]);
  });
});
