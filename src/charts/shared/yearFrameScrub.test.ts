import { describe, expect, it } from "vitest";
import type { ChartController } from "./chartController.ts";
import { withYearFrameScrub } from "./yearFrameScrub.ts";

/** A figure with three year frames and a controller that only records what it is asked to show. */
function setUp() {
  // Asked for its transitions once per draw done at once (drawInstantly).
  const instantDraws: number[] = [];
  const figure = {
    dataset: { state: "2005" },
    getAnimations: () => (instantDraws.push(instantDraws.length), []),
  } as unknown as HTMLElement;
  const frames = new Map(["2005", "2009", "2017"].map((id) => [id, { year: Number(id) }]));
  const drawn: number[] = [];
  const states: ChartController = {
    show: (stateId) => {
      if (figure.dataset.state !== stateId) drawn.push(Number(stateId));
      figure.dataset.state = stateId;
    },
    announcement: () => "",
    stateIds: [...frames.keys()],
    destroy: () => undefined,
  };
  const chart = withYearFrameScrub(figure, frames, (frame) => drawn.push(frame.year), states);
  return { chart, figure, drawn, instantDraws };
}

describe("scrubbing through year frames", () => {
  it("draws each year of a scrub at once, without transitions", () => {
    const { chart, drawn, instantDraws } = setUp();
    const range = { from: 2005, to: 2017 };
    chart.scrub?.("2017", range, 0.5);
    chart.scrub?.("2017", range, 1);
    // The state itself (shown by the controller), then 2009 and 2017, each ended at once.
    expect(drawn).toEqual([2017, 2009, 2017]);
    expect(instantDraws).toHaveLength(2);
  });

  it("draws the year reached, keeps the step's state, and ends on the state itself", () => {
    const { chart, figure, drawn } = setUp();
    const range = { from: 2005, to: 2017 };
    expect(chart.scrub?.("2017", range, 0)).toBe(2005);
    expect(figure.dataset.state).toBe("2017");
    expect(chart.scrub?.("2017", range, 0.5)).toBe(2009);
    expect(chart.scrub?.("2017", range, 1)).toBe(2017);
    // The state drawn whole, then 2005, 2009, and the state's own frame again.
    expect(drawn).toEqual([2017, 2005, 2009, 2017]);
  });

  it("draws only when the year changes, and the same position always the same year", () => {
    const { chart, drawn } = setUp();
    const range = { from: 2005, to: 2017 };
    chart.scrub?.("2017", range, 0.4);
    chart.scrub?.("2017", range, 0.45);
    expect(drawn).toEqual([2017, 2009]);
    expect(chart.scrub?.("2017", range, 0.4)).toBe(chart.scrub?.("2017", range, 0.4));
  });

  it("with no range, draws the state whole", () => {
    const { chart } = setUp();
    expect(chart.scrub?.("2009", undefined, 0.3)).toBeUndefined();
  });
});
