import type { Page } from "@playwright/test";
import { chartView, stepRanges, triggerLine } from "./chartInView.ts";
import { expect, test } from "./fixtures.ts";
import { builtStory, sectionLocator, startEverySection } from "./story.ts";

/**
 * On a phone, reading a step and seeing its chart happen at once: for every step read from the
 * built page, the chart's drawing is entirely on screen and uncovered for most of the step's
 * scroll, and at the moment the step becomes active it is uncovered and draws the step's state.
 */
const phones = [
  { width: 390, height: 844 },
  { width: 360, height: 740 },
  { width: 412, height: 915 },
];

/** Share of a step's scroll with the drawing whole and uncovered: at least this for every step… */
const leastPerStep = 0.8;
/** …and this on average. */
const leastOnAverage = 0.9;
/** Scroll between two looks, in px. */
const stride = 48;

async function settle(page: Page): Promise<void> {
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
}

/** Share of each step's scroll during which the section's drawing is whole and uncovered. */
async function coverageOf(page: Page, sectionIndex: number): Promise<{ id: string; share: number; worst: string }[]> {
  const shares = [];
  for (const range of await stepRanges(page, sectionIndex)) {
    let clear = 0;
    let looks = 0;
    let worst = "";
    for (let y = range.from; y < range.to; y += stride) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await settle(page);
      const view = await chartView(page, sectionIndex);
      looks += 1;
      if (view.isOnScreen && view.coveredPoints === 0) clear += 1;
      else worst ||= `${y - range.from} px in: ${view.isOnScreen ? `covered by ${view.coveredBy}` : "off screen"}`;
    }
    shares.push({ id: range.id, share: looks === 0 ? 1 : clear / looks, worst });
  }
  return shares;
}

for (const phone of phones) {
  test.describe(`reading on a ${phone.width}×${phone.height} phone`, () => {
    test.use({ viewport: phone, isMobile: true, hasTouch: true });

    test("every step's chart is whole and uncovered for most of the step's scroll", async ({ page }) => {
      await page.goto("/");
      await startEverySection(page);
      const all: number[] = [];
      for (const section of builtStory()) {
        for (const { id, share, worst } of await coverageOf(page, section.index)) {
          expect(
            share,
            `#${id}: chart whole and uncovered ${Math.round(share * 100)}% (${worst})`,
          ).toBeGreaterThanOrEqual(leastPerStep);
          all.push(share);
        }
      }
      const average = all.reduce((sum, share) => sum + share, 0) / all.length;
      expect(average).toBeGreaterThanOrEqual(leastOnAverage);
    });

    test("as a step becomes active, its chart is uncovered, draws its state, and its card is below the chart", async ({
      page,
    }) => {
      await page.goto("/");
      // Measured with every engine running: until one is, the steps' static figures stand in for
      // its chart (reader.css), which failsafe.spec.ts holds apart. Read at once, the first step
      // was sometimes measured before its section had started (CI, twice).
      await startEverySection(page);
      for (const section of builtStory()) {
        const figure = sectionLocator(page, section).locator(".scrolly-graphic figure[data-chart]");
        for (const step of section.steps) {
          // The step's top just past the trigger line: the first moment it is the one read.
          const trigger = await triggerLine(page, section.index);
          await page.evaluate(
            ([id, line]) => {
              const box = document.getElementById(id)?.getBoundingClientRect();
              if (box) window.scrollTo(0, box.top + window.scrollY - line + 2);
            },
            [step.id, trigger] as const,
          );
          await expect(figure).toHaveAttribute("data-state", step.state);
          const view = await chartView(page, section.index);
          expect(view, `#${step.id} at its trigger`).toEqual({ isOnScreen: true, coveredPoints: 0, coveredBy: "" });
          const graphicFoot = await sectionLocator(page, section)
            .locator(".scrolly-graphic")
            .evaluate((graphic) => graphic.getBoundingClientRect().bottom);
          const cardTop = await page
            .locator(`[id="${step.id}"] .step-card`)
            .evaluate((card) => card.getBoundingClientRect().top);
          expect(cardTop, `#${step.id}: its card starts below the chart`).toBeGreaterThanOrEqual(graphicFoot);
        }
      }
    });

    test("the pinned block holds the whole figure: title, caption, legend, drawing and timeline above the step bar", async ({
      page,
    }) => {
      for (const section of builtStory()) {
        for (const step of section.steps) {
          await page.goto(`/#${step.id}`);
          const graphic = sectionLocator(page, section).locator(".scrolly-graphic");
          await expect(graphic.locator("figure[data-chart]")).toHaveAttribute("data-state", step.state);
          const outside = await graphic.evaluate((block) => {
            const box = block.getBoundingClientRect();
            const bar = block.querySelector(".scrolly-stepper")?.getBoundingClientRect();
            const floor = Math.min(box.bottom, bar?.top ?? box.bottom) + 0.5;
            return [...block.querySelectorAll<HTMLElement>("figure > *, figure > div > *")]
              .filter((part) => getComputedStyle(part).display !== "none" && part.getBoundingClientRect().height > 0)
              .filter((part) => {
                const own = part.getBoundingClientRect();
                return own.top < box.top - 0.5 || own.bottom > floor;
              })
              .map((part) => part.className || part.tagName);
          });
          expect(outside, `#${step.id}: parts of the figure cut off or under the step bar`).toEqual([]);
        }
      }
    });

    test("one step bar at a time, at the foot of the chart, never over the text being read", async ({ page }) => {
      await page.goto("/");
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      for (let y = 0; y < height; y += phone.height / 3) {
        await page.evaluate((top) => window.scrollTo(0, top), y);
        await settle(page);
        const bars = await page.evaluate(() =>
          [...document.querySelectorAll<HTMLElement>(".scrolly-stepper")].flatMap((bar) => {
            const box = bar.getBoundingClientRect();
            const isShown = getComputedStyle(bar).visibility === "visible" && box.bottom > 0 && box.top < innerHeight;
            const graphic = bar.closest(".scrolly-graphic")?.getBoundingClientRect();
            return isShown ? [{ isInChartBlock: !!graphic && box.bottom <= graphic.bottom + 0.5 }] : [];
          }),
        );
        expect(bars.length, `step bars on screen at ${y}px`).toBeLessThanOrEqual(1);
        for (const bar of bars) expect(bar.isInChartBlock).toBe(true);
      }
    });
  });
}
