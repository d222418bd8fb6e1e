import { expect, test } from "./fixtures.ts";
import { expectHoldsFor } from "./holdsFor.ts";
import { builtStory, sectionLocator, startEverySection, wheelToStep } from "./story.ts";

/**
 * Scrollama is what moves the charts: with it silenced (every IntersectionObserver stops
 * reporting, which is all Scrollama listens with; the sections are started first, as they
 * start when they near the screen), scrolling through a section leaves its chart alone;
 * nothing else listens to scrolling.
 */
test("with Scrollama silenced, scrolling no longer changes the charts", async ({ page }) => {
  await page.addInitScript(() => {
    const Real = window.IntersectionObserver;
    const state = { isSilenced: false };
    window.IntersectionObserver = class extends Real {
      constructor(callback: IntersectionObserverCallback, options?: IntersectionObserverInit) {
        super((entries, observer) => {
          if (!state.isSilenced) callback(entries, observer);
        }, options);
      }
    };
    (window as unknown as { silenceObservers(): void }).silenceObservers = () => {
      state.isSilenced = true;
    };
  });
  await page.goto("/");
  await startEverySection(page);
  // Back at the top, every chart on its first state, before the observers go quiet.
  for (const section of builtStory()) {
    const figure = sectionLocator(page, section).locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", section.steps[0]?.state ?? "");
  }
  await page.evaluate(() => (window as unknown as { silenceObservers(): void }).silenceObservers());
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
