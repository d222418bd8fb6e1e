import { openStory } from "../openStory.ts";
import { expectConsistentReading, wheelToStep } from "../readerMoves.ts";
import type { ScenarioContext } from "../types.ts";
import { desktop, phone } from "../viewports.ts";

/**
 * A phone reader (390x844) wheels down every section; half-way through each, the window
 * becomes a desktop one (1440x900) and a phone again. The figure always draws the state of
 * the step under the trigger line, and the page never scrolls sideways.
 */
export async function readOnPhoneAndResize({ tab, site }: ScenarioContext): Promise<void> {
  const story = await openStory(tab, site);
  for (const [sectionIndex, { steps }] of story.entries()) {
    const middle = Math.floor(steps.length / 2);
    for (const stepIndex of steps.keys()) {
      await wheelToStep(tab, sectionIndex, stepIndex);
      const after = `wheeling to step ${stepIndex} at ${phone.width} px`;
      const isHashChecked = stepIndex > 0;
      await expectConsistentReading(tab, sectionIndex, { stepIndex, isOverflowChecked: true, isHashChecked, after });
      if (stepIndex !== middle) continue;
      for (const viewport of [desktop, phone]) {
        await tab.setViewport(viewport);
        // Reflow moves the steps: which one is under the line may change, the agreement may not.
        const resized = `resizing to ${viewport.width}x${viewport.height} at step ${stepIndex}`;
        await expectConsistentReading(tab, sectionIndex, { isOverflowChecked: true, after: resized });
      }
    }
  }
}
