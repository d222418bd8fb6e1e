import { describe, expect, it } from "vitest";
import { activeStepIndex } from "./activeStepIndex.ts";
import { validateOffset } from "./scrollamaTypes.ts";

describe("activeStepIndex", () => {
  it("keeps the first step active before any step reaches the trigger line", () => {
    expect(activeStepIndex([900, 1800, 2700], 500)).toBe(0);
  });

  it("activates the last step whose top has passed the trigger line", () => {
    expect(activeStepIndex([-1200, 300, 1200], 500)).toBe(1);
    expect(activeStepIndex([-3000, -2000, -1000], 500)).toBe(2);
  });

  it("counts a step exactly on the line as reached", () => {
    expect(activeStepIndex([-100, 500, 1400], 500)).toBe(1);
  });
});

describe("validateOffset", () => {
  it("accepts shares of the viewport and rejects anything else", () => {
    expect(validateOffset(0.6)).toBe(0.6);
    expect(() => validateOffset(1.5)).toThrow(/from 0 to 1/);
    expect(() => validateOffset(Number.NaN)).toThrow(RangeError);
  });
});
