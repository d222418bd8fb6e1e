import { distanceInto, readScrub, scrubSteps, type ScrubReading } from "../chartProbes.ts";
import { pollUntil } from "../poll.ts";
import { waitForScrollToSettle, wheelToStep } from "../readerMoves.ts";
import { openStory } from "../openStory.ts";
import type { ScenarioContext, Tab } from "../types.ts";

/** Wheels until the reader is `share` of the way through step `id`, then reads its figure once it agrees. */
async function wheelInto(tab: Tab, id: string, share: number): Promise<ScrubReading> {
  for (let turn = 0; turn < 20; turn += 1) {
    const distance = await tab.evaluate(distanceInto, id, share);
    if (Math.abs(distance) < 6) break;
    await tab.wheel(Math.sign(distance) * Math.min(Math.abs(distance), 300));
    await waitForScrollToSettle(tab);
  }
  return pollUntil(
    () => tab.evaluate(readScrub, id),
    (reading) => reading.progress === reading.expected,
    {
      describe: (reading) => `#${id}: the figure's progress should follow the position; saw ${JSON.stringify(reading)}`,
    },
  );
}

/**
 * A reader wheels through every scrubbing step in tenths, down and back up: the figure's
 * progress follows the position, its value moves one way, and the same position going up
 * draws the same value as going down.
 */
export async function scrubThroughSteps({ tab, site }: ScenarioContext): Promise<void> {
  await openStory(tab, site);
  const steps = await tab.evaluate(scrubSteps);
  if (steps.length === 0) throw new Error("the story has no scrubbing step");
  for (const { section, step, id } of steps) {
    await wheelToStep(tab, section, step);
    const down: ScrubReading[] = [];
    for (let tenth = 0; tenth <= 10; tenth += 1) down.push(await wheelInto(tab, id, tenth / 10));
    const values = down.map((reading) => Number(reading.value));
    if (values.some((value, index) => index > 0 && value < (values[index - 1] ?? value)))
      throw new Error(`#${id}: scrubbed values went backwards going down: ${values.join(", ")}`);
    if (new Set(values).size < 5) throw new Error(`#${id}: too few values drawn: ${values.join(", ")}`);
    for (let tenth = 9; tenth >= 0; tenth -= 1) {
      const up = await wheelInto(tab, id, tenth / 10);
      if (up.value !== down[tenth]?.value)
        throw new Error(`#${id} at ${tenth}/10: ${up.value} going up, ${down[tenth]?.value} going down`);
    }
  }
}
