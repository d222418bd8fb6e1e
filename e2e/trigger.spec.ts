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
