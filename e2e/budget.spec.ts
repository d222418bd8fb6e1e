import { expect, test } from "./fixtures.ts";
import { settleScroll } from "./holdsFor.ts";
import { weighPage } from "./pageWeight.ts";
import { builtStory, storyCharts, wheelToStep } from "./story.ts";

/** Budgets checked in CI: sizes and counts only (timings are too noisy for a pass/fail gate). */
const storyJsBudgetGzip = 16 * 1024;
/** The reading page: its HTML raw, everything it transfers (gzip), and its DOM once loaded. */
const storyHtmlBudgetRaw = 200 * 1024;
const storyTransferBudgetGzip = 64 * 1024;
const storyDomBudget = 1500;

const embedPaths = storyCharts().flatMap((chart) => [`/embed/${chart}/`, `/embed/${chart}/scrolly/`]);

test.describe("budgets", () => {
  test("the story page ships at most 16 KB of JavaScript (gzip) and requests nothing from elsewhere", async ({
    page,
    baseURL,
  }) => {
    const { weight, urls } = await weighPage(page, "/");
    expect(weight.js.gzip).toBeLessThanOrEqual(storyJsBudgetGzip);
    expect(weight.font.requests).toBe(0);
    expect(urls.filter((url) => !url.startsWith(baseURL ?? "") && !url.startsWith("data:"))).toEqual([]);
  });

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    test(`at ${viewport.width} px, the story page is light: HTML, transfer and DOM within budget, no static figure fetched`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const { weight, urls } = await weighPage(page, "/");
      expect(weight.html.raw).toBeLessThanOrEqual(storyHtmlBudgetRaw);
      const total = Object.values(weight).reduce((sum, kind) => sum + kind.gzip, 0);
      expect(total).toBeLessThanOrEqual(storyTransferBudgetGzip);
      expect(await page.evaluate(() => document.getElementsByTagName("*").length)).toBeLessThanOrEqual(storyDomBudget);
      // The per-step pictures are for readers without the scroll engine: this one has it (on a
      // phone the first section's later steps are near enough to be fetched before it starts).
      expect(urls.filter((url) => url.includes("/figures/"))).toEqual([]);
    });
  }

  for (const viewport of [
    { width: 390, height: 844 },
    { width: 1440, height: 900 },
  ]) {
    test(`at ${viewport.width} px, the page fetches the frames of the sections near the screen only, at one size`, async ({
      page,
    }) => {
      await page.setViewportSize(viewport);
      const { urls } = await weighPage(page, "/");
      const frames = urls.filter((url) => url.includes("/frames/")).map((url) => new URL(url).pathname);
      // Sections whose top lies within three screens of the top (the start margin is two beyond the screen).
      const near = await page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("[data-scrolly]")].map((section) => ({
          id: section.id,
          isNear: section.getBoundingClientRect().top < window.innerHeight * 3,
        })),
      );
      for (const { id, isNear } of near) {
        const fetched = frames.filter((path) => path.includes(`/${id}.`));
        expect(fetched.length, `frames of #${id}`).toBe(isNear ? 1 : 0);
      }
      expect(near.some(({ isNear }) => !isNear)).toBe(true);
      // A chart drawn at one size gets that size's frames only.
      expect(frames.filter((path) => /\.(compact|wide)\.json$/.test(path)).length).toBeLessThanOrEqual(1);
    });
  }

  test("stepping through the story asks for no icon or picture again", async ({ page }) => {
    await page.goto("/", { waitUntil: "networkidle" });
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 500) {
      await page.mouse.wheel(0, 500);
      await settleScroll(page);
    }
    // A reader who stops on a step gets its address (the quick pass above may write none): the
    // address changes of this test are real ones.
    for (const section of builtStory()) {
      const step = section.steps.at(-1);
      if (!step) continue;
      await wheelToStep(page, step.id);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step.id}`);
    }
    expect(requests.filter((url) => /favicon|\/figures\//.test(url))).toEqual([]);
  });

  test("reading the whole story causes no layout shift and no console error", async ({ page }) => {
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
          if (!entry.hadRecentInput) (window as unknown as { shift: number }).shift += entry.value;
        }
      }).observe({ type: "layout-shift", buffered: true });
    });
    await page.goto("/");
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0; y < height; y += 400) {
      await page.mouse.wheel(0, 400);
      await settleScroll(page);
    }
    // Every transition started by the last step has ended: nothing is still moving.
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  for (const path of embedPaths) {
    test(`${path} loads on a phone with no console error (including CSP reports), nothing from elsewhere and no static picture`, async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      const { urls } = await weighPage(page, path);
      await page.keyboard.press("ArrowLeft");
      expect(urls.filter((url) => !url.startsWith(baseURL ?? ""))).toEqual([]);
      // Its chart runs: no step's static picture is fetched (the page is still until it scrolls).
      expect(urls.filter((url) => url.includes("/figures/"))).toEqual([]);
    });
  }
});
