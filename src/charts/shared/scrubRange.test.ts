import { describe, expect, it } from "vitest";
import { parseScrubRange, scrubValueAt } from "./scrubRange.ts";

describe("parseScrubRange", () => {
  it("reads two whole numbers joined by a hyphen or an en dash", () => {
    expect(parseScrubRange("1995-2008")).toEqual({ from: 1995, to: 2008 });
    expect(parseScrubRange(" 2001 – 2017 ")).toEqual({ from: 2001, to: 2017 });
  });
  it("refuses anything else", () => {
    expect(parseScrubRange("1995")).toBeUndefined();
    expect(parseScrubRange("1995-2008-2010")).toBeUndefined();
    expect(parseScrubRange("early-late")).toBeUndefined();
  });
});

describe("scrubValueAt", () => {
  const years = [2001, 2002, 2003, 2004, 2005];
  it("draws the first value at the start and the last at the end", () => {
    expect(scrubValueAt(years, 0)).toBe(2001);
    expect(scrubValueAt(years, 1)).toBe(2005);
  });
  it("moves one way as the reader moves on, and clamps outside the step", () => {
    const drawn = [0, 0.1, 0.3, 0.5, 0.7, 0.9, 1].map((progress) => scrubValueAt(years, progress) ?? 0);
    expect([...drawn].sort((a, b) => a - b)).toEqual(drawn);
    expect(scrubValueAt(years, -0.5)).toBe(2001);
    expect(scrubValueAt(years, 1.5)).toBe(2005);
  });
  it("has nothing to draw without values", () => {
    expect(scrubValueAt([], 0.5)).toBeUndefined();
  });
});
