import { existsSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import type { Page } from "@playwright/test";
import { serveStatic } from "../src/deploy/serveStatic.ts";
import { expect, test } from "./fixtures.ts";

/**
 * Published links keep working after a rename: `npm run build:renamed-check` builds the story
 * with every step renamed (each keeping its old id in `formerly`) and every file renumbered into
 * dist-renamed/. A link to an old id lands on its step, and the address then names the new id,
 * with the scroll engine running, without it, and (landing only) without JavaScript.
 */
const outDir = path.resolve("dist-renamed");
const port = 4392;
const origin = `http://127.0.0.1:${port}`;
let server: Server | undefined;

/** A renamed step as the built page has it. */
interface RenamedStep {
  id: string;
  state: string;
  formerly: string;
  /** Its place among the page's scrolly sections. */
  section: number;
}

function renamedSteps(): RenamedStep[] {
  const html = readFileSync(path.join(outDir, "index.html"), "utf8");
  return html
    .split(/(?=<section class="scrolly")/)
    .slice(1)
    .flatMap((markup, section) =>
      [
        ...markup.matchAll(/<div class="step" id="([^"]+)" data-step="[^"]+" data-state="([^"]+)" formerly="([^"]+)"/g),
      ].map((match) => ({ id: match[1] ?? "", state: match[2] ?? "", formerly: match[3] ?? "", section })),
    );
}

/** One step of every section (the last), where a wrong landing would show. */
function stepsToFollow(): RenamedStep[] {
  const steps = renamedSteps();
  return [...new Set(steps.map((step) => step.section))].map(
    (section) => steps.filter((step) => step.section === section).at(-1) as RenamedStep,
  );
}

/** The step's box against the trigger line: it is the one being read. */
async function isUnderTrigger(page: Page, id: string): Promise<boolean> {
  return page.evaluate((stepId) => {
    const box = document.getElementById(stepId)?.getBoundingClientRect();
    const trigger = window.innerHeight * 0.6;
    return Boolean(box && box.top <= trigger + 2 && box.bottom > trigger - 2);
  }, id);
}

test.describe("links to the ids a step was published under", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    if (!existsSync(path.join(outDir, "index.html")))
      throw new Error("dist-renamed/ is missing: run npm run build:renamed-check");
    server = await serveStatic(outDir, port);
  });

  test.afterAll(() => server?.close());

  test("the renamed build keeps the story's order and anchors, and every step lists its old id", () => {
    const anchors = (file: string) =>
      [...readFileSync(file, "utf8").matchAll(/<section class="(?:scrolly|prose-section)"[^>]*\sid="([^"]+)"/g)].map(
        (match) => match[1],
      );
    expect(anchors(path.join(outDir, "index.html"))).toEqual(anchors(path.resolve("dist/index.html")));
    const steps = renamedSteps();
    expect(steps.length).toBeGreaterThan(3);
    for (const step of steps) expect(step.id).not.toBe(step.formerly);
  });

  test("an old link lands on its step, shows its state and names the new id", async ({ page }) => {
    for (const step of stepsToFollow()) {
      await page.goto(`${origin}/#${step.formerly}`);
      const figure = page.locator("[data-scrolly]").nth(step.section).locator("figure[data-chart]");
      await expect(figure).toHaveAttribute("data-state", step.state);
      await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step.id}`);
      expect(await isUnderTrigger(page, step.id)).toBe(true);
    }
  });

  test("changing the address to an old id moves to the step and renames the address", async ({ page }) => {
    const [first, last] = [renamedSteps()[0], stepsToFollow().at(-1)];
    if (!first || !last) throw new Error("no renamed steps");
    await page.goto(`${origin}/#${first.id}`);
    const historyLength = await page.evaluate(() => history.length);
    await page.evaluate((old) => void (location.hash = `#${old}`), last.formerly);
    const figure = page.locator("[data-scrolly]").nth(last.section).locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", last.state);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${last.id}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength + 1);
  });

  test.describe("without the scroll engine", () => {
    test.use({ expectedConsoleErrors: [/could not start|Failed to load resource|net::ERR_FAILED/] });

    test("an old link still lands on its step and names the new id", async ({ page }) => {
      // The charts' frames never arrive: every section stays on its static figures.
      await page.route("**/frames/**", (route) => route.abort());
      for (const step of stepsToFollow()) {
        await page.goto(`${origin}/#${step.formerly}`);
        await expect(page.locator("[data-scrolly]").nth(step.section)).toHaveAttribute("data-engine", "failed");
        await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step.id}`);
        expect(await isUnderTrigger(page, step.id)).toBe(true);
      }
    });
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("an old link lands on its step", async ({ page }) => {
      for (const step of stepsToFollow()) {
        await page.goto(`${origin}/#${step.formerly}`);
        const box = await page.locator(`[id="${step.id}"]`).boundingBox();
        const viewport = page.viewportSize();
        expect(box && viewport && box.y < viewport.height && box.y + box.height > 0).toBe(true);
      }
    });
  });
});
