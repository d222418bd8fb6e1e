import { openStory } from "../openStory.ts";
import { expectConsistentReading, wheelToStep } from "../readerMoves.ts";
import type { ScenarioContext } from "../types.ts";

/**
 * Every section stepped down and back up with the mouse wheel: after each move the figure
 * draws the state of the step under the trigger line.
 */
export async function wheelThroughStory({ tab, site }: ScenarioContext): Promise<void> {
  const story = await openStory(tab, site);
  for (const [sectionIndex, { steps }] of story.entries()) {
    const order = [...steps.keys(), ...[...steps.keys()].reverse().slice(1)];
    for (const [move, stepIndex] of order.entries()) {
      await wheelToStep(tab, sectionIndex, stepIndex);
      const direction = move < steps.length ? "down" : "up";
      const after = `wheeling ${direction} to step ${stepIndex}`;
      await expectConsistentReading(tab, sectionIndex, { stepIndex, isHashChecked: move > 0, after });
    }
  }
}
