import { describe, expect, it } from "vitest";
import { splitFrames } from "./stepsUnderLine.ts";

describe("splitFrames", () => {
  // Frames end at 0, 16, 32, 82 (a 50 ms frame), 98, 114 ms.
  const frameEnds = [0, 16, 32, 82, 98, 114];

  it("counts each frame in the stretch its middle falls in, with its slow frames", () => {
    const split = splitFrames(frameEnds, { watched: [[30, 90]], others: [[90, 120]] }, "[data-scrub]", 33);
    expect(split.watched).toEqual({ ms: 50, frames: 1, slowFrames: 1, framesPerSecond: 20 });
    expect(split.otherSteps).toEqual({ ms: 32, frames: 2, slowFrames: 0, framesPerSecond: 62.5 });
    expect(split.betweenSections).toEqual({ ms: 32, frames: 2, slowFrames: 0, framesPerSecond: 62.5 });
    expect(split.spans).toEqual([[30, 90]]);
  });

  it("counts every frame between sections when no step was read", () => {
    const split = splitFrames(frameEnds, { watched: [], others: [] }, "[data-scrub]", 33);
    expect(split.watched.frames).toBe(0);
    expect(split.watched.framesPerSecond).toBe(0);
    expect(split.otherSteps.frames).toBe(0);
    expect(split.betweenSections).toMatchObject({ frames: 5, ms: 114, slowFrames: 1 });
  });

  it("joins several spans of watched steps", () => {
    const split = splitFrames(
      frameEnds,
      {
        watched: [
          [0, 30],
          [95, 120],
        ],
        others: [],
      },
      "[data-scrub]",
      33,
    );
    expect(split.watched.frames).toBe(3);
    expect(split.betweenSections.frames).toBe(2);
  });
});
