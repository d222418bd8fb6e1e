import { openStory } from "../openStory.ts";
import { expectConsistentReading, wheelToStep } from "../readerMoves.ts";
import type { StorySection } from "../storyProbes.ts";
import type { ScenarioContext, Tab } from "../types.ts";

/** Every step of the story with its section's index and its own. */
const everyStep = (story: StorySection[]) =>
  story.flatMap(({ steps }, sectionIndex) => steps.map((step, stepIndex) => ({ ...step, sectionIndex, stepIndex })));

async function expectOnStep(tab: Tab, step: ReturnType<typeof everyStep>[number], after: string): Promise<void> {
  // The address follows once the page has settled (createAddressFollower.ts): wait for it too.
  const reading = await expectConsistentReading(tab, step.sectionIndex, {
    stepIndex: step.stepIndex,
    isHashChecked: true,
    after,
  });
  if (reading.figureState !== step.state || reading.hash !== `#${step.id}`) {
    throw new Error(`after ${after}: expected state ${step.state} at #${step.id}, saw ${JSON.stringify(reading)}`);
  }
}

/**
 * Deep links: loading `/#<step>` for every step lands on that step's state; changing the hash
 * mid-story jumps to the named step's state; a reload mid-story restores the step in view.
 */
export async function followDeepLinks({ tab, site }: ScenarioContext): Promise<void> {
  const steps = everyStep(await openStory(tab, site));
  for (const step of steps) {
    // A fresh document each time: a same-page hash change is the next check.
    await tab.goto("about:blank");
    await tab.goto(`${site}/#${step.id}`);
    await expectOnStep(tab, step, `loading /#${step.id}`);
  }
  // From the last step, jump backwards through the story, across sections.
  for (const step of [...steps].reverse().slice(1)) {
    await tab.evaluate((hash: string) => void (window.location.hash = hash), `#${step.id}`);
    await expectOnStep(tab, step, `changing the hash to #${step.id}`);
  }
  const sectionCount = Math.max(...steps.map((step) => step.sectionIndex)) + 1;
  for (let sectionIndex = 0; sectionIndex < sectionCount; sectionIndex += 1) {
    const inSection = steps.filter((step) => step.sectionIndex === sectionIndex);
    const middle = inSection[Math.floor(inSection.length / 2)];
    if (!middle) continue;
    await wheelToStep(tab, sectionIndex, middle.stepIndex);
    await expectOnStep(tab, middle, `wheeling to step ${middle.stepIndex}`);
    await tab.reload();
    await expectOnStep(tab, middle, `reloading at #${middle.id}`);
  }
}
