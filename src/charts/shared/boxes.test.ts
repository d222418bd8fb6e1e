import { describe, expect, it } from "vitest";
import { boxesOverlap, placeClear, type Box } from "./boxes.ts";

const box = (left: number, top: number, width = 10, height = 10): Box => ({
  left,
  top,
  right: left + width,
  bottom: top + height,
});

describe("boxesOverlap", () => {
  it("finds overlapping boxes, and boxes closer than the gap", () => {
    expect(boxesOverlap(box(0, 0), box(5, 5))).toBe(true);
    expect(boxesOverlap(box(0, 0), box(10, 0))).toBe(false);
    expect(boxesOverlap(box(0, 0), box(12, 0), 3)).toBe(true);
    expect(boxesOverlap(box(0, 0), box(12, 0), 2)).toBe(false);
    expect(boxesOverlap(box(0, 0), box(0, 20))).toBe(false);
  });

  it("is symmetric", () => {
    for (const [a, b] of [
      [box(0, 0), box(5, 5)],
      [box(0, 0), box(11, 0)],
    ] as const) {
      expect(boxesOverlap(a, b, 2)).toBe(boxesOverlap(b, a, 2));
    }
  });
});

describe("placeClear", () => {
  const obstacles = [box(0, 0)];
  const at = (x: number) => box(x, 0);

  it("takes the first candidate clear of every obstacle by the gap", () => {
    expect(placeClear([0, 5, 11, 20], at, obstacles)).toBe(11);
    expect(placeClear([0, 5, 11, 20], at, obstacles, { gap: 4 })).toBe(20);
  });

  it("takes a preferred clear candidate over an earlier clear one", () => {
    expect(placeClear([11, 20, 30], at, obstacles, { isPreferred: (b) => b.left >= 25 })).toBe(30);
    expect(placeClear([11, 20], at, obstacles, { isPreferred: () => false })).toBe(11);
  });

  it("never takes a candidate that is not allowed", () => {
    expect(placeClear([11, 20], at, obstacles, { isAllowed: (b) => b.right <= 25 })).toBe(11);
    expect(placeClear([11, 20], at, obstacles, { isAllowed: (b) => b.left >= 15 })).toBe(20);
  });

  it("falls back to the first candidate when none is clear", () => {
    expect(placeClear([1, 2], at, obstacles)).toBe(1);
    expect(placeClear([], at, obstacles)).toBeUndefined();
  });

  it("gives nothing when none is clear and the label is optional", () => {
    expect(placeClear([1, 2], at, obstacles, { isOptional: true })).toBeUndefined();
    expect(placeClear([1, 11], at, obstacles, { isOptional: true })).toBe(11);
  });
});
