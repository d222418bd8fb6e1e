import type { Locator } from "@playwright/test";
import { tradeStateSpecs, type TradeStateId } from "../src/charts/central-asia-trade/states.ts";
import { forEachEmbedState } from "./embedStates.ts";
import { expect, test } from "./fixtures.ts";
import { builtStory, expectConsistent, findStep, readEveryStepDownAndUp, sectionLocator } from "./story.ts";
import { textProblems } from "./textProblems.ts";

const chart = "central-asia-trade";
const sections = () => builtStory().filter((section) => section.chart === chart);
const specOf = (state: string) => tradeStateSpecs[state as TradeStateId];

async function shownSeries(figure: Locator): Promise<string[]> {
  const keys = await figure
    .locator('svg g[data-series][data-visible="true"]')
    .evaluateAll((groups) => groups.map((group) => group.getAttribute("data-key") ?? ""));
  return keys.sort();
}

test.describe("trade scrolly", () => {
  test("every trade step shows its state, its lines and its markers, scrolling down and back up", async ({ page }) => {
    await page.goto("/");
    await readEveryStepDownAndUp(page, chart, async (step, figure) => {
      const spec = specOf(step.state);
      await expect.poll(() => shownSeries(figure)).toEqual([...(spec.view === "lines" ? spec.series : [])].sort());
      const markers = await figure
        .locator('svg line[data-key^="marker-"][data-visible="true"]')
        .evaluateAll((lines) => lines.map((line) => line.getAttribute("data-key")?.replace("marker-", "")));
      expect(markers.sort()).toEqual([...spec.markers].sort());
    });
  });

  test("China's line has a gap and Russia's later figures are marked as minimums", async ({ page }) => {
    const step = findStep((candidate, section) => section.chart === chart && specOf(candidate.state).hasComparisons);
    await page.goto(`/#${step.id}`);
    const figure = sectionLocator(page, step.section).locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", step.state);
    await expect(figure.locator('svg [data-point][data-key="CHN-2021"]')).toHaveCount(0);
    expect(await figure.locator('svg [data-bound="lower"][data-visible="true"]').count()).toBeGreaterThanOrEqual(3);
    const segments = await figure
      .locator('svg g[data-key="CHN"] path[data-segment]')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute("data-key")));
    // The IMF series (to 2020) and China's customs continuation (from 2022) are separate stretches.
    expect(segments).toEqual(expect.arrayContaining(["CHN-imf-chn", "CHN-gacc"]));
    await expect(figure.locator("svg text", { hasText: "over $45bn" }).first()).toBeVisible();
  });

  test("the by-country view pairs each state's trade with China and Russia", async ({ page }) => {
    const step = findStep((candidate, section) => section.chart === chart && specOf(candidate.state).view === "bars");
    await page.goto(`/#${step.id}`);
    const figure = sectionLocator(page, step.section).locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", step.state);
    for (const iso3 of ["KAZ", "KGZ", "TJK", "TKM", "UZB"]) {
      await expect(figure.locator(`svg g[data-bar][data-key="${iso3}"][data-series-key="CHN"]`)).toHaveCount(1);
    }
    const missing = figure.locator('svg g[data-bar][data-key="TKM"][data-series-key="RUS"]');
    await expect(missing).toHaveAttribute("data-missing", "true");
    await expect(missing).toContainText("not published");
  });

  test("a phone gets the compact drawing, a wide screen the wide one, in the same box", async ({ page }) => {
    const section = sections()[0];
    if (!section) throw new Error("no trade section");
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto(`/#${section.steps[1]?.id}`);
    const figure = sectionLocator(page, section).locator("figure[data-chart]");
    await expect(figure.locator('svg[data-size="compact"]')).toBeVisible();
    const fontSize = await figure
      .locator('svg text[data-key="end-CHN"]')
      .evaluate((text) => text.getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(10);
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect(figure.locator('svg[data-size="wide"]')).toBeVisible();
    // The wider layout moves the steps: the figure draws whichever step is now under the line.
    await expectConsistent(page);
  });
});

test.describe("trade labels, measured in the browser", () => {
  for (const width of [390, 1440]) {
    test(`no two texts overlap and none is clipped, in every state at ${width} px`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await forEachEmbedState(page, chart, async (state) => {
        expect(await textProblems(page, state)).toEqual([]);
      });
    });
  }
});
