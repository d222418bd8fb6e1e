import { describe, expect, it } from "vitest";
import { measureText } from "./measureText.ts";

describe("measureText", () => {
  it("grows with the text and with the font size", () => {
    expect(measureText("", 13)).toBe(0);
    expect(measureText("$41.0bn", 13)).toBeGreaterThan(measureText("$41bn", 13));
    expect(measureText("Kazakhstan", 26)).toBeCloseTo(2 * measureText("Kazakhstan", 13), 6);
  });

  it("errs wide: figures at least as wide as the widest system sans (DejaVu Sans, 0.636 em)", () => {
    expect(measureText("0123456789", 10)).toBeGreaterThanOrEqual(10 * 0.636 * 10);
  });

  it("gives narrow letters less room than wide ones, and bold more than regular", () => {
    expect(measureText("iiii", 13)).toBeLessThan(measureText("mmmm", 13));
    expect(measureText("China", 13, true)).toBeGreaterThan(measureText("China", 13));
  });
});
