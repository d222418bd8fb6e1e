import { describe, expect, it } from "vitest";
import { isJump, quickStepMs } from "./isJump.ts";

describe("isJump", () => {
  it("animates to the next or previous step when the reader reads", () => {
    expect(isJump(2, 3, 4000)).toBe(false);
    expect(isJump(3, 2, quickStepMs)).toBe(false);
  });

  it("jumps on the first picture and when steps were skipped", () => {
    expect(isJump(-1, 0, Infinity)).toBe(true);
    expect(isJump(1, 4, 4000)).toBe(true);
  });

  it("jumps when the step comes hard on the previous one (a quick scroll)", () => {
    expect(isJump(2, 3, quickStepMs - 1)).toBe(true);
  });
});
