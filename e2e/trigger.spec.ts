import { expect, test } from "./fixtures.ts";
import { expectHoldsFor } from "./holdsFor.ts";
import { builtStory, sectionLocator, wheelToStep } from "./story.ts";

/**
 * Scrollama is what moves the charts: with it silenced (an IntersectionObserver that never
 * reports, which is all Scrollama listens with), scrolling through a section leaves its chart
 * alone; nothing else listens to scrolling.
 */
test("with Scrollama silenced, scrolling no longer changes the charts", async ({ page }) => {
  await page.addInitScript(() => {
    window.IntersectionObserver = class {
      observe(): void {}
      unobserve(): void {}
      disconnect(): void {}
      takeRecords(): IntersectionObserverEntry[] {
        return [];
      }
    } as unknown as typeof IntersectionObserver;
  });
  await page.goto("/");
  await expect.poll(() => page.locator('[data-scrolly][data-engine="running"]').count()).toBe(builtStory().length);
  // "load" also wakes the controller (at the top of the page): let it pass before scrolling.
  await page.waitForFunction(() => document.readyState === "complete");
  for (const section of builtStory()) {
    const first = section.steps[0];
    const later = section.steps.find((step) => step.state !== first?.state);
    if (!first || !later) continue;
    await wheelToStep(page, later.id);
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
