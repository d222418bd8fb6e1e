import { stepRanges, isChartClearAt } from "../chartProbes.ts";
import { openStory } from "../openStory.ts";
import { pollUntil } from "../poll.ts";
import { readSection } from "../storyProbes.ts";
import type { ScenarioContext } from "../types.ts";

/** Share of a step's scroll with its chart whole and uncovered: at least this for every step… */
const leastPerStep = 0.8;
/** …and this on average. */
const leastOnAverage = 0.9;
/** Scroll between two looks, in px. */
const stride = 64;

/**
 * A phone reader (390x844) scrolls through every section: for every step, the chart's drawing
 * is entirely on screen and uncovered for most of the step's scroll (the text passes under it).
 */
export async function readChartsOnPhone({ tab, site }: ScenarioContext): Promise<void> {
  const story = await openStory(tab, site);
  const shares: number[] = [];
  for (const sectionIndex of story.keys()) {
    // Measured with the section's engine running: until it is, the steps' static figures stand in
    // for the chart (reader.css; the no-JavaScript scenario reads those). It starts as it nears.
    await tab.evaluate(
      (index: number) => document.querySelectorAll("[data-scrolly]")[index]?.scrollIntoView(),
      sectionIndex,
    );
    await pollUntil(
      () => tab.evaluate(readSection, sectionIndex),
      (reading) => reading.engine === "running",
      {
        timeoutMs: 10_000,
        describe: (reading) => `section ${sectionIndex}'s engine is ${reading?.engine}, not running`,
      },
    );
    for (const [stepIndex, range] of (await tab.evaluate(stepRanges, sectionIndex)).entries()) {
      let clear = 0;
      let looks = 0;
      for (let y = range.from; y < range.to; y += stride) {
        looks += 1;
        if (await tab.evaluate(isChartClearAt, sectionIndex, y)) clear += 1;
      }
      const share = looks === 0 ? 1 : clear / looks;
      if (share < leastPerStep)
        throw new Error(
          `section ${sectionIndex}, step ${stepIndex}: chart clear for ${Math.round(share * 100)}% of its scroll`,
        );
      shares.push(share);
    }
  }
  const average = shares.reduce((sum, share) => sum + share, 0) / shares.length;
  if (average < leastOnAverage)
    throw new Error(`charts clear for ${Math.round(average * 100)}% of the reading on average`);
}
