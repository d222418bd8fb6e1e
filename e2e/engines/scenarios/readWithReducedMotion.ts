import { openStory, stepBarButton } from "../openStory.ts";
import { expectConsistentReading, wheelToStep } from "../readerMoves.ts";
import type { ScenarioContext, Tab } from "../types.ts";

/** What is still moving in a section's figure. */
interface Motion {
  isReducedMotion: boolean;
  scrollBehavior: string;
  /** Web Animations still running in the page (CSS transitions and animations included). */
  runningAnimations: number;
  /** Figure nodes with a d3 transition scheduled or running (d3 keeps them on `__transition`). */
  d3Transitions: number;
  /** Chart marks whose CSS transition lasts longer than zero. */
  marksWithTransitions: number;
}

/** Page function: reads {@link Motion} for section number `sectionIndex`. */
function readMotion(sectionIndex: number): Motion {
  const figure = document.querySelectorAll("[data-scrolly]")[sectionIndex]?.querySelector("figure[data-chart]");
  const nodes = figure ? [...figure.querySelectorAll("*")] : [];
  const lasts = (value: string) => value.split(",").some((duration) => parseFloat(duration) > 0);
  return {
    isReducedMotion: window.matchMedia("(prefers-reduced-motion: reduce)").matches,
    scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
    runningAnimations: document.getAnimations().filter((animation) => animation.playState === "running").length,
    d3Transitions: nodes.filter((node) => "__transition" in node).length,
    marksWithTransitions: nodes.filter(
      (node) => node.hasAttribute("data-key") && lasts(getComputedStyle(node).transitionDuration),
    ).length,
  };
}

async function expectStill(tab: Tab, sectionIndex: number, after: string): Promise<void> {
  const motion = await tab.evaluate(readMotion, sectionIndex);
  const isStill =
    motion.runningAnimations === 0 &&
    motion.d3Transitions === 0 &&
    motion.marksWithTransitions === 0 &&
    motion.scrollBehavior !== "smooth";
  if (!isStill) throw new Error(`after ${after} with reduced motion, something still moves: ${JSON.stringify(motion)}`);
}

/**
 * With the system set to reduce motion, each state switches instantly: as soon as the step
 * under the trigger line changes (Next, or the wheel back up), its state is drawn and nothing
 * in the page is animating.
 */
export async function readWithReducedMotion({ tab, site }: ScenarioContext): Promise<void> {
  const story = await openStory(tab, site);
  if (!(await tab.evaluate(readMotion, 0)).isReducedMotion) {
    throw new Error(
      "the engine did not apply the reduced-motion setting: (prefers-reduced-motion: reduce) does not match",
    );
  }
  for (const [sectionIndex, { steps }] of story.entries()) {
    await wheelToStep(tab, sectionIndex, 0);
    await expectConsistentReading(tab, sectionIndex, { stepIndex: 0, after: "wheeling to the first step" });
    for (let stepIndex = 1; stepIndex < steps.length; stepIndex += 1) {
      await tab.click(stepBarButton("next"), sectionIndex);
      const after = `Next to step ${stepIndex}`;
      await expectConsistentReading(tab, sectionIndex, { stepIndex, isHashChecked: true, after, timeoutMs: 2000 });
      await expectStill(tab, sectionIndex, after);
    }
    for (let stepIndex = steps.length - 2; stepIndex >= 0; stepIndex -= 1) {
      await wheelToStep(tab, sectionIndex, stepIndex);
      const after = `wheeling up to step ${stepIndex}`;
      await expectConsistentReading(tab, sectionIndex, { stepIndex, isHashChecked: true, after, timeoutMs: 2000 });
      await expectStill(tab, sectionIndex, after);
    }
  }
}
