import { expect, type Page } from "@playwright/test";

/**
 * Opens a chart's embed at every state its stepper offers (more than one) and, once that state is
 * drawn and nothing moves, runs `check` on it.
 */
export async function forEachEmbedState(
  page: Page,
  chart: string,
  check: (state: string) => Promise<void>,
): Promise<void> {
  await page.goto(`/embed/${chart}/`);
  const states = await page
    .locator("select[data-role=state-select] option")
    .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
  expect(states.length).toBeGreaterThan(1);
  for (const state of states) {
    await page.goto(`/embed/${chart}/?state=${state}`);
    await expect(page.locator("figure[data-chart]")).toHaveAttribute("data-state", state);
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
    await check(state);
  }
}
