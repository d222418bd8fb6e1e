import { stepRanges, isChartClearAt } from "../chartProbes.ts";
import { openStory } from "../openStory.ts";
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
