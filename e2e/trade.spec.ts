import type { Locator, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { stepsOf, wheelToStep } from "./scrolly.ts";

/** Series each state shows (the EU joins once China overtakes; the by-country view has bars only). */
const visibleSeries: Record<string, string[]> = {
  "russia-era": ["CHN", "RUS"],
  crossover: ["CHN", "EU", "RUS"],
  "dip-and-peak": ["CHN", "EU", "RUS"],
  invasion: ["CHN", "EU", "RUS"],
  record: ["CHN", "EU", "RUS"],
  "two-counts": ["CHN", "EU", "RUS"],
  "by-country": [],
};

/** The drawing of the figure the reader sees (the chart holds a compact and a wide one). */
async function shownSvg(figure: Locator): Promise<Locator> {
  for (const size of ["compact", "wide"]) {
    const svg = figure.locator(`svg[data-size="${size}"]`);
    if (await svg.isVisible()) return svg;
  }
  throw new Error("no trade drawing is visible");
}

async function shownSeries(figure: Locator): Promise<string[]> {
  const svg = await shownSvg(figure);
  const keys = await svg
    .locator('g[data-series][data-visible="true"]')
    .evaluateAll((groups) => groups.map((group) => group.getAttribute("data-key") ?? ""));
  return keys.sort();
}

const sections = (page: Page) => page.locator('[data-scrolly="central-asia-trade"]');

test.describe("trade scrolly", () => {
  test("every trade step shows its state and series, scrolling down and back up", async ({ page }) => {
    await page.goto("/");
    expect(await sections(page).count()).toBe(2);
    for (const section of await sections(page).all()) {
      const figure = section.locator("figure[data-chart]");
      const steps = await stepsOf(section);
      for (const step of [...steps, ...[...steps].reverse()]) {
        await wheelToStep(page, step.id);
        await expect(figure).toHaveAttribute("data-state", step.state);
        await expect.poll(() => shownSeries(figure)).toEqual(visibleSeries[step.state]);
      }
    }
  });

  test("China's line has a gap at 2021 and Russia's later figures are marked as lower bounds", async ({ page }) => {
    await page.goto("/#two-counts-2024");
    const figure = sections(page).first().locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", "two-counts");
    const svg = await shownSvg(figure);
    await expect(svg.locator('[data-point][data-key="CHN-2021"]')).toHaveCount(0);
    const bounds = svg.locator('[data-bound="lower"][data-visible="true"]');
    expect(await bounds.count()).toBeGreaterThanOrEqual(3);
    const segments = await svg
      .locator('g[data-key="CHN"] path[data-segment]')
      .evaluateAll((paths) => paths.map((path) => path.getAttribute("data-key")));
    // The customs series (to 2020) and its continuation (from 2022) are separate stretches.
    expect(segments).toEqual(expect.arrayContaining(["CHN-dots", "CHN-gacc"]));
    await expect(svg.locator("text", { hasText: "over $45.0bn" }).first()).toBeVisible();
  });

  test("the by-country view pairs each state's trade with China and Russia", async ({ page }) => {
    await page.goto("/#kazakhstan-uzbekistan");
    const figure = sections(page).nth(1).locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", "by-country");
    const svg = await shownSvg(figure);
    for (const iso3 of ["KAZ", "KGZ", "TJK", "TKM", "UZB"]) {
      await expect(svg.locator(`g[data-bar][data-key="${iso3}"][data-series-key="CHN"]`)).toHaveCount(1);
    }
    const missing = svg.locator('g[data-bar][data-key="TKM"][data-series-key="RUS"]');
    await expect(missing).toHaveAttribute("data-missing", "true");
    await expect(missing).toContainText("not published");
  });

  test("a phone shows the compact drawing and a wide screen the wide one", async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto("/#record-2023");
    const figure = sections(page).first().locator("figure[data-chart]");
    await expect(figure.locator('svg[data-size="compact"]')).toBeVisible();
    const fontSize = await figure
      .locator('svg[data-size="compact"] text[data-key="end-CHN"]')
      .evaluate((text) => text.getBoundingClientRect().height);
    expect(fontSize).toBeGreaterThanOrEqual(10);
    await page.setViewportSize({ width: 1600, height: 900 });
    await expect(figure.locator('svg[data-size="wide"]')).toBeVisible();
  });
});
