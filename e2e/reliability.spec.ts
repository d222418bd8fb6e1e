import type { Frame, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { hostOrigin, siteOrigin } from "./origins.ts";
import { stepsOf, triggerShare, wheelToStep } from "./scrolly.ts";

/** For every scrolly section: the state of the step under the trigger line, by geometry alone. */
async function expectedStates(page: Page | Frame): Promise<Record<string, string>> {
  return page.evaluate((share) => {
    const trigger = window.innerHeight * share;
    const result: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>("[data-scrolly]").forEach((section, index) => {
      const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
      const reached = steps.filter((step) => step.getBoundingClientRect().top <= trigger);
      result[index] = (reached.at(-1) ?? steps[0])?.dataset.state ?? "";
    });
    return result;
  }, triggerShare);
}

async function drawnStates(page: Page | Frame): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const result: Record<string, string> = {};
    document.querySelectorAll<HTMLElement>("[data-scrolly] figure[data-chart]").forEach((figure, index) => {
      result[index] = figure.dataset.state ?? "";
    });
    return result;
  });
}

/** Waits until every figure draws the state of the step in view (both read in the same poll). */
async function expectConsistent(page: Page | Frame): Promise<void> {
  await expect
    .poll(async () => {
      const [drawn, expected] = await Promise.all([drawnStates(page), expectedStates(page)]);
      return JSON.stringify(drawn) === JSON.stringify(expected) ? "consistent" : JSON.stringify({ drawn, expected });
    })
    .toBe("consistent");
}

test.describe("reliability", () => {
  test("fast wheel flings, down and up, always settle on the step in view", async ({ page }) => {
    await page.goto("/");
    for (const delta of [2500, 4000, -3000, 6000, -1500, 9000, -9000]) {
      for (let flick = 0; flick < 4; flick += 1) await page.mouse.wheel(0, delta / 4);
      await expectConsistent(page);
    }
  });

  test("anchor jumps across sections land on the right states", async ({ page }) => {
    await page.goto("/");
    for (const id of ["no-contest", "founding", "record-2023", "belarus-joins", "summit-in-astana"]) {
      await page.evaluate((target) => {
        location.hash = `#${target}`;
      }, id);
      await expectConsistent(page);
      const state = await page.locator(`#${id}`).getAttribute("data-state");
      await expect(
        page.locator(`#${id}`).locator("xpath=ancestor::*[@data-scrolly]").locator("figure[data-chart]"),
      ).toHaveAttribute("data-state", state ?? "");
    }
  });

  test("resizing between phone and desktop mid-story keeps states and progress right", async ({ page }) => {
    await page.goto("/");
    await wheelToStep(page, "after-the-invasion");
    for (const size of [
      { width: 390, height: 844 },
      { width: 844, height: 390 },
      { width: 1440, height: 900 },
      { width: 320, height: 640 },
    ]) {
      await page.setViewportSize(size);
      await expectConsistent(page);
      await page.mouse.wheel(0, 700);
      await expectConsistent(page);
    }
  });

  test("at 200% zoom the story reads and steps without sideways scrolling", async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 640, height: 450 }, deviceScaleFactor: 2 });
    const page = await context.newPage();
    await page.goto(`${siteOrigin}/`);
    const section = page.locator('[data-scrolly="sco-membership"]');
    for (const step of (await stepsOf(section)).slice(0, 4)) {
      await wheelToStep(page, step.id);
      await expect(section.locator("figure[data-chart]")).toHaveAttribute("data-state", step.state);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(640);
    await context.close();
  });

  test("at 320 px wide nothing overflows and every step can be reached", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    for (const id of ["china-overtakes", "founding", "smaller-states"]) {
      await wheelToStep(page, id);
      await expectConsistent(page);
    }
    const cards = await page
      .locator(".step-card")
      .evaluateAll((all) =>
        all.every((card) => card.getBoundingClientRect().right <= 320 && card.getBoundingClientRect().left >= 0),
      );
    expect(cards).toBe(true);
  });

  test("the story inside a scrollable iframe follows its own scrolling", async ({ page }) => {
    await page.goto(`${hostOrigin}/host.html?chart=sco-membership&width=800`);
    await page.evaluate((src) => {
      const frame = document.querySelector<HTMLIFrameElement>("#embed");
      if (!frame) return;
      frame.removeAttribute("data-astana-embed");
      frame.style.height = "600px";
      frame.src = src;
    }, `${siteOrigin}/`);
    const handle = await page.locator("#embed").elementHandle();
    const frame = await handle?.contentFrame();
    if (!frame) throw new Error("no frame");
    await frame.waitForSelector('[data-scrolly="sco-membership"]');
    for (const id of ["founding", "iran-joins", "record-2023", "shanghai-five"]) {
      await frame.evaluate((target) => {
        const step = document.getElementById(target);
        if (step) window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4);
      }, id);
      await expectConsistent(frame);
    }
  });

  test("a reload mid-story restores the state of the step in view", async ({ page }) => {
    await page.goto("/");
    await wheelToStep(page, "smaller-states");
    await expectConsistent(page);
    await page.reload();
    await expectConsistent(page);
    const trade = page.locator('[data-scrolly="central-asia-trade"]').nth(1).locator("figure[data-chart]");
    await expect(trade).toHaveAttribute("data-state", "by-country");
  });
});
