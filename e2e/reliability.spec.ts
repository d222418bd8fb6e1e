import { expect, test } from "./fixtures.ts";
import { hostOrigin, siteOrigin } from "./origins.ts";
import { builtStory, expectConsistent, sectionLocator, wheelToStep, type StepInfo } from "./story.ts";

/** Steps spread across the story: the last of each section, then the first of each, in a jumping order. */
function spreadSteps(): StepInfo[] {
  const sections = builtStory();
  return [...sections.map((s) => s.steps.at(-1)), ...sections.map((s) => s.steps[0])].filter(
    (step): step is StepInfo => step !== undefined,
  );
}
const middleStep = (index: number) => {
  const section = builtStory()[index];
  const step = section?.steps[Math.floor(section.steps.length / 2)];
  if (!section || !step) throw new Error(`no section ${index}`);
  return { section, step };
};

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
    for (const step of spreadSteps()) {
      await page.evaluate((target) => {
        location.hash = `#${target}`;
      }, step.id);
      await expectConsistent(page);
      await expect(
        page.locator(`[id="${step.id}"]`).locator("xpath=ancestor::*[@data-scrolly]").locator("figure[data-chart]"),
      ).toHaveAttribute("data-state", step.state);
    }
  });

  test("resizing between phone and desktop mid-story keeps states and progress right", async ({ page }) => {
    await page.goto("/");
    await wheelToStep(page, middleStep(0).step.id);
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
    const { section: info } = middleStep(1);
    const section = sectionLocator(page, info);
    for (const step of info.steps.slice(0, 4)) {
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
    for (const index of [0, 1, 2]) {
      await wheelToStep(page, middleStep(index).step.id);
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
    for (const { id } of spreadSteps()) {
      await frame.evaluate((target) => {
        const step = document.getElementById(target);
        if (step) window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - window.innerHeight * 0.4);
      }, id);
      await expectConsistent(frame);
    }
  });

  test("a reload mid-story restores the state of the step in view", async ({ page }) => {
    await page.goto("/");
    const { section, step } = middleStep(2);
    await wheelToStep(page, step.id);
    await expectConsistent(page);
    await page.reload();
    await expectConsistent(page);
    await expect(sectionLocator(page, section).locator("figure[data-chart]")).toHaveAttribute("data-state", step.state);
  });
});
