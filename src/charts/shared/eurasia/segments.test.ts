import { describe, expect, it } from "vitest";
import { lengthOf, nearestOnBox, segmentHitsBox, segmentsCross } from "./segments.ts";

const box = { left: 10, right: 20, top: 10, bottom: 20 };

describe("segments", () => {
  it("find the point of a box nearest to a point", () => {
    expect(nearestOnBox(box, [0, 15])).toEqual([10, 15]);
    expect(nearestOnBox(box, [30, 30])).toEqual([20, 20]);
    expect(nearestOnBox(box, [15, 12])).toEqual([15, 12]);
  });

  it("tell crossing segments from parallel and apart ones", () => {
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 10 }, { x1: 0, y1: 10, x2: 10, y2: 0 })).toBe(true);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 10, y2: 0 }, { x1: 0, y1: 5, x2: 10, y2: 5 })).toBe(false);
    expect(segmentsCross({ x1: 0, y1: 0, x2: 4, y2: 4 }, { x1: 6, y1: 0, x2: 10, y2: -4 })).toBe(false);
  });

  it("find a segment through a box, or ending in it, and miss one passing by", () => {
    expect(segmentHitsBox({ x1: 0, y1: 15, x2: 30, y2: 15 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 15, y1: 15, x2: 40, y2: 40 }, box)).toBe(true);
    expect(segmentHitsBox({ x1: 0, y1: 0, x2: 30, y2: 5 }, box)).toBe(false);
    expect(lengthOf({ x1: 0, y1: 0, x2: 3, y2: 4 })).toBe(5);
  });
});
