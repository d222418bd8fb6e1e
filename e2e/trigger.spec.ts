import { expect, test } from "./fixtures.ts";
import { expectHoldsFor } from "./holdsFor.ts";
import { builtStory, sectionLocator, wheelToStep } from "./story.ts";

/**
 * Scrollama is what moves the charts: with it silenced (its IntersectionObservers, which all ask
 * for a threshold, never report: they are all it listens with), scrolling through a section
 * leaves its chart alone; nothing else listens to scrolling. The page's own observer that starts
 * each section as it nears the screen (startScrollySections.ts, no threshold) still reports.
 */
test("with Scrollama silenced, scrolling no longer changes the charts", async ({ page }) => {
  await page.addInitScript(() => {
    const Real = window.IntersectionObserver;
    window.IntersectionObserver = class extends Real {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        const isScrollama = options?.threshold !== undefined;
        super(isScrollama ? () => undefined : callback, options);
      }
    };
  });
  await page.goto("/");
  // "load" also wakes the controller (at the top of the page): let it pass before scrolling.
  await page.waitForFunction(() => document.readyState === "complete");
  for (const section of builtStory()) {
    const first = section.steps[0];
    const later = section.steps.find((step) => step.state !== first?.state);
    if (!first || !later) continue;
    await wheelToStep(page, later.id);
    // The section's engine runs (it started as the section neared), yet its chart does not move.
    await expect(sectionLocator(page, section)).toHaveAttribute("data-engine", "running");
    // Long enough for any wake from scrolling to have drawn (a change shows within a frame or two).
    const figure = sectionLocator(page, section).locator("figure[data-chart]");
    await expectHoldsFor(() => figure.getAttribute("data-state"), first.state, {
      periodMs: 1000,
      what: `the chart of ${section.id} keeps its first state`,
    });
  }
});

test("with Scrollama working, the same scrolling moves every chart to its step", async ({ page }) => {
  await page.goto("/");
  for (const section of builtStory()) {
    const first = section.steps[0];
    const later = section.steps.find((step) => step.state !== first?.state);
    if (!first || !later) continue;
    await wheelToStep(page, later.id);
    await expect(sectionLocator(page, section).locator("figure[data-chart]")).toHaveAttribute(
      "data-state",
      later.state,
    );
  }
});

/**
 * The chart animates to a step the reader reads into, and shows it at once when the page passes
 * by faster than a screen a second (isJump.ts): in a fling no one reads the fade, and on a slow
 * phone the animated frames are the slow ones. Both scroll from above the map's section, with
 * the wheel, in steps of the same size; only the pace differs.
 */
for (const { pace, pxPerTick, tickMs, animates } of [
  { pace: "reading (300 px/s)", pxPerTick: 30, tickMs: 100, animates: true },
  { pace: "passing (about 2,500 px/s)", pxPerTick: 120, tickMs: 0, animates: false },
]) {
  test(`a change of step ${animates ? "animates" : "is drawn at once"} while ${pace}`, async ({ page }) => {
    const section = builtStory().find(({ chart }) => chart === "sco-membership");
    const [first, second] = section?.steps ?? [];
    if (!section || !first || !second) throw new Error("the story has no two-step membership section");
    await page.goto("/");
    // Start 600 px above the section's first step, with its engine running.
    await wheelToStep(page, first.id);
    await expect(sectionLocator(page, section)).toHaveAttribute("data-engine", "running");
    await page.evaluate(() => window.scrollBy(0, -600));
    // The reader pauses there: the last change of step is long past (isJump.ts, quickStepMs).
    await page.waitForTimeout(1500);
    // As the figure turns to the second step, count the transitions running in it one frame later.
    const figure = sectionLocator(page, section).locator("figure[data-chart]");
    await figure.evaluate((element, state) => {
      const record = element as HTMLElement & { runningAfterChange?: number };
      const observer = new MutationObserver(() => {
        if (element.getAttribute("data-state") !== state) return;
        observer.disconnect();
        requestAnimationFrame(() => (record.runningAfterChange = element.getAnimations({ subtree: true }).length));
      });
      observer.observe(element, { attributes: true, attributeFilter: ["data-state"] });
    }, second.state);
    await page.mouse.move(200, 400);
    for (let tick = 0; tick < 200; tick += 1) {
      const changed = await figure.evaluate((element) => "runningAfterChange" in element);
      if (changed) break;
      await page.mouse.wheel(0, pxPerTick);
      await page.waitForTimeout(tickMs);
    }
    const running = await figure.evaluate((element) => (element as { runningAfterChange?: number }).runningAfterChange);
    expect(running, `transitions running just after the change to "${second.state}"`).toBeDefined();
    if (animates) expect(running).toBeGreaterThan(0);
    else expect(running).toBe(0);
  });
}
