import { describe, expect, it } from "vitest";
import { isJump, passingScreensPerSecond, quickStepMs } from "./isJump.ts";

const reading = { previous: 2, next: 3, sincePreviousMs: 4000, screensPerSecond: 0.2 };

describe("isJump", () => {
  it("animates to the next or previous step when the reader reads", () => {
    expect(isJump(reading)).toBe(false);
    expect(isJump({ ...reading, previous: 3, next: 2, sincePreviousMs: quickStepMs })).toBe(false);
    expect(isJump({ ...reading, screensPerSecond: passingScreensPerSecond - 0.01 })).toBe(false);
  });

  it("jumps on the first picture and when steps were skipped", () => {
    expect(isJump({ ...reading, previous: -1, next: 0, sincePreviousMs: Infinity })).toBe(true);
    expect(isJump({ ...reading, previous: 1, next: 4 })).toBe(true);
  });

  it("jumps when the step comes hard on the previous one (a quick scroll)", () => {
    expect(isJump({ ...reading, sincePreviousMs: quickStepMs - 1 })).toBe(true);
  });

  it("jumps when the page passes faster than a screen a second, however long ago the last change was", () => {
    expect(isJump({ ...reading, sincePreviousMs: 60_000, screensPerSecond: passingScreensPerSecond })).toBe(true);
  });
});
