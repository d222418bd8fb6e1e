import { expect, type Locator, type Page } from "@playwright/test";

/** Trigger line of the scroll controller, as a share of the viewport height (createScrollController default). */
export const triggerShare = 0.6;

/**
 * Scrolls like a reader: mouse-wheel steps until the step's top sits just above the trigger
 * line, so Scrollama sees real scroll events rather than a teleport.
 */
export async function wheelToStep(page: Page, stepId: string): Promise<void> {
  for (let attempt = 0; attempt < 60; attempt += 1) {
    // How far the step's top is below the trigger line (negative: above it).
    const belowTrigger = await page.evaluate(
      ([id, share]) => {
        const step = document.getElementById(id as string);
        if (!step) throw new Error(`no step #${id}`);
        return step.getBoundingClientRect().top - window.innerHeight * (share as number);
      },
      [stepId, triggerShare] as const,
    );
    // Done once the top has just passed the line: the step is active, the next one is not yet.
    if (belowTrigger <= -10 && belowTrigger >= -150) return;
    const distance = belowTrigger + 60;
    await page.mouse.wheel(0, Math.sign(distance) * Math.min(Math.abs(distance), 700));
    await page.waitForTimeout(30);
  }
  throw new Error(`could not scroll to #${stepId}`);
}

/** The step ids and states of one scrolly section, in order. */
export async function stepsOf(section: Locator): Promise<{ id: string; state: string }[]> {
  return section
    .locator("[data-step]")
    .evaluateAll((steps) => steps.map((step) => ({ id: step.id, state: (step as HTMLElement).dataset.state ?? "" })));
}

/** Waits until the section's figure draws `state`. */
export async function expectFigureState(section: Locator, state: string): Promise<void> {
  await expect(section.locator("figure[data-chart]")).toHaveAttribute("data-state", state);
}
