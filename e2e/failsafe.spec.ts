import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { picturesInView } from "./pictureInView.ts";
import { builtStory, startEverySection, storyCharts } from "./story.ts";

/** Puts a step's top just above the trigger line, as a reader scrolling down would. */
async function scrollToStep(page: Page, id: string): Promise<void> {
  await page.evaluate((target) => {
    const step = document.getElementById(target);
    const probe = step?.closest("[data-scrolly]")?.querySelector("[data-role=trigger-line]");
    if (step && probe)
      window.scrollTo(0, step.getBoundingClientRect().top + window.scrollY - probe.getBoundingClientRect().top + 40);
  }, id);
}

/** Every step of every section, down then back up: the picture in view is always the step's own. */
async function expectEveryPictureRight(page: Page): Promise<void> {
  for (const section of builtStory()) {
    for (const step of [...section.steps, ...[...section.steps].reverse()]) {
      await scrollToStep(page, step.id);
      await expect
        .poll(async () => (await picturesInView(page)).find(({ step: state }) => state === step.state)?.picture)
        .toBe(step.state);
    }
  }
}

const ourErrors = [/could not start|could not draw|failed; each step|Failed to load resource|net::ERR_FAILED/];

test.describe("a reader never sees another step's picture", () => {
  test.use({ expectedConsoleErrors: ourErrors });

  test("when the scripts fail to load", async ({ page }) => {
    await page.route("**/_astro/*.js", (route) => route.abort());
    await page.goto("/");
    await expectEveryPictureRight(page);
  });

  test("when the scripts fail to load, on a phone", async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.route("**/_astro/*.js", (route) => route.abort());
    await page.goto("/");
    await expectEveryPictureRight(page);
  });

  test("when a deep link opens the story and the scripts never run", async ({ page }) => {
    await page.route("**/_astro/*.js", (route) => route.abort());
    for (const section of builtStory()) {
      const step = section.steps.at(-1);
      if (!step) continue;
      await page.goto(`/#${step.id}`);
      await expect
        .poll(async () => (await picturesInView(page)).find(({ step: state }) => state === step.state)?.picture)
        .toBe(step.state);
    }
  });

  test("when the scripts arrive late and the reader scrolls meanwhile", async ({ page }) => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/_astro/*.js", async (route) => {
      await held;
      await route.continue();
    });
    await page.goto("/", { waitUntil: "commit" });
    await page.waitForSelector("[data-scrolly]");
    await expectEveryPictureRight(page);
    release();
    await startEverySection(page);
    await expectEveryPictureRight(page);
  });

  test("when the chart data are corrupt", async ({ page }) => {
    await page.route("**/frames/**/*.json", (route) =>
      route.fulfill({ contentType: "application/json", body: '{"first":7,"patches":"x"}' }),
    );
    await page.goto("/");
    await startEverySection(page, "failed");
    await expectEveryPictureRight(page);
  });

  test("when the chart data lack the states the steps need (an update throws)", async ({ page }) => {
    await page.route("**/frames/**/*.json", async (route) => {
      const response = await route.fetch();
      const frames = (await response.json()) as { first: unknown; patches: unknown[] };
      await route.fulfill({ response, json: { first: frames.first, patches: [] } });
    });
    await page.goto("/");
    await startEverySection(page);
    await expectEveryPictureRight(page);
    // Every section whose steps change state hit a missing frame; one that never changes state did not.
    const changing = builtStory().filter((section) => new Set(section.steps.map((step) => step.state)).size > 1);
    expect(await page.locator('[data-scrolly][data-engine="failed"]').count()).toBe(changing.length);
  });
});

test.describe("an embed shows the state asked for", () => {
  test.use({ expectedConsoleErrors: ourErrors });

  for (const chart of storyCharts()) {
    test(`${chart}: with its scripts blocked or its data corrupt`, async ({ page }) => {
      await page.goto(`/embed/${chart}/`);
      const states = await page
        .locator("select[data-role=state-select] option")
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      const summary = await page.locator("figure[data-chart]").getAttribute("data-state");
      const asked = states.find((state) => state !== summary) ?? "";
      const shown = () =>
        page.evaluate(() => {
          const box = document.querySelector(".embed-figure")?.getBoundingClientRect();
          if (!box) return "";
          const figure = document
            .elementsFromPoint(box.left + box.width / 2, box.top + box.height / 2)
            .map((element) => element.closest<HTMLElement>("[data-static-chart], figure[data-chart]"))
            .find((candidate) => candidate && getComputedStyle(candidate).visibility === "visible");
          return figure?.dataset.state ?? "";
        });
      await page.route("**/_astro/*.js", (route) => route.abort());
      await page.goto(`/embed/${chart}/?state=${asked}`);
      await expect.poll(shown).toBe(asked);
      await page.unroute("**/_astro/*.js");
      await page.route("**/frames/**/*.json", (route) =>
        route.fulfill({ contentType: "application/json", body: "null" }),
      );
      await page.goto(`/embed/${chart}/?state=${asked}`);
      await expect.poll(() => page.locator("[data-embed]").getAttribute("data-engine")).toBe("failed");
      await expect.poll(shown).toBe(asked);
    });
  }
});
