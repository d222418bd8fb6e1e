import type { Page } from "@playwright/test";
import { realData } from "../test/realData.ts";
import { mapName } from "../src/charts/shared/eurasia/mapName.ts";
import { expect, test } from "./fixtures.ts";
import { settleScroll } from "./holdsFor.ts";
import { captionSlack, testNamesAtEveryWidth } from "./mapFigure.ts";
import { expectFigureState, sectionLocator, sectionOf, wheelToStep, type StepInfo } from "./story.ts";

const chart = "sco-membership";
const rows = realData.membership;
/**
 * Each country's status at the end of `year`, worked out here from the CSV rows (not by the
 * chart's own code): its latest row up to that year, a founding member counted as a member.
 */
function statusesInCsv(year: number): Map<string, string> {
  const latest = new Map<string, { year: number; status: string }>();
  for (const row of rows) {
    const known = latest.get(row.iso3);
    if (row.year <= year && (!known || known.year < row.year)) latest.set(row.iso3, row);
  }
  return new Map([...latest].map(([iso3, row]) => [iso3, row.status === "founding-member" ? "member" : row.status]));
}
/** The years in which some status changed, from the CSV: the map's states. */
const yearsInCsv = [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b).map(String);
const countInCsv = (year: number, status: string) =>
  [...statusesInCsv(year).values()].filter((each) => each === status).length;
/** Members at the end of a state's year, from the CSV: what the map must colour. */
const membersAt = (state: string) => countInCsv(Number(state), "member");

const section = (page: Page) => sectionLocator(page, sectionOf(chart));

/** The year the map shows now: a scrubbing step's year so far, else its state's. */
async function shownYear(page: Page): Promise<string> {
  const figure = section(page).locator("figure[data-chart]");
  return (await figure.getAttribute("data-scrub-value")) ?? (await figure.getAttribute("data-state")) ?? "";
}

/**
 * Opens the story at a step's own picture: its link, or for a scrubbing step (whose link lands
 * at its start) Next from the step before, which shows the step's end.
 */
async function openAtItsEnd(page: Page, step: StepInfo, before: StepInfo): Promise<void> {
  if (!step.scrub) return void (await page.goto(`/#${step.id}`));
  await page.goto(`/#${before.id}`);
  await section(page).locator("[data-action=next]").click();
  await expect(section(page).locator("figure[data-chart]")).toHaveAttribute("data-progress", "1.00");
}

async function countMarks(page: Page, status: string): Promise<number> {
  return section(page).locator(`figure[data-chart] svg [data-key][data-status="${status}"]`).count();
}

test.describe("SCO membership scrolly", () => {
  test("every step shows its state scrolling down, and the earlier one scrolling back up", async ({ page }) => {
    await page.goto("/");
    const { steps } = sectionOf(chart);
    expect(steps.length).toBeGreaterThanOrEqual(4);
    for (const step of [...steps, ...[...steps].reverse()]) {
      await wheelToStep(page, step.id);
      await expectFigureState(section(page), step.state);
      // A scrubbing step shows the year reached so far: the map, the legend and the caption agree on it.
      const year = await shownYear(page);
      await expect.poll(() => countMarks(page, "member")).toBe(membersAt(year));
      await expect(section(page).locator('[data-role="year"]')).toHaveText(year);
      const legend = section(page).locator('[data-role="legend"] [data-status="member"]');
      if (membersAt(year) > 0) await expect(legend).toContainText(`${membersAt(year)} member`);
    }
  });

  test("each step names every change since the step before on the map, counts or names it in the caption, and highlights it", async ({
    page,
  }) => {
    const { steps } = sectionOf(chart);
    for (const [index, step] of steps.entries()) {
      const before = steps[index - 1];
      if (!before) continue;
      await openAtItsEnd(page, step, before);
      await expectFigureState(section(page), step.state);
      // A scrubbing step has shown the years before its last one by its end: its last names what came since.
      const since = step.scrub ? yearsInCsv[yearsInCsv.indexOf(step.state) - 1] : before.state;
      const changed = rows.filter((row) => row.year > Number(since) && row.year <= Number(step.state));
      const shown = changed.filter((row) => statusesInCsv(Number(step.state)).has(row.iso3));
      const caption = (await section(page).locator('[data-role="caption-text"]').textContent()) ?? "";
      const counted = [...caption.matchAll(/(\d+) (?:new|countries|others|members|observers)/g)].reduce(
        (sum, [, count]) => sum + Number(count),
        0,
      );
      const countries = [...new Set(shown.map((row) => row.iso3))];
      const named = countries.filter((iso3) =>
        caption.includes(mapName(rows.find((r) => r.iso3 === iso3)?.country ?? iso3)),
      );
      expect(named.length + counted, step.id).toBeGreaterThanOrEqual(countries.length);
      for (const iso3 of countries) {
        await expect(section(page).locator(`figure [data-label="${iso3}"]`)).toHaveAttribute("data-visible", "true");
      }
      for (const row of shown) {
        await expect(section(page).locator(`figure [data-key="${row.iso3}"]`).first()).toHaveAttribute(
          "data-changed",
          "",
        );
      }
    }
  });

  test("a scrubbing step draws every year of its range on the way, each as the data have it", async ({ page }) => {
    const { steps } = sectionOf(chart);
    const scrubbing = steps.filter((step) => step.scrub);
    expect(scrubbing.length).toBeGreaterThanOrEqual(1);
    for (const step of scrubbing) {
      const [from = 0, to = 0] = (step.scrub ?? "").split(/[-–]/).map(Number);
      const years = yearsInCsv.filter((id) => Number(id) >= from && Number(id) <= to);
      const seen = new Set<string>();
      await page.goto(`/#${step.id}`);
      const figure = section(page).locator("figure[data-chart]");
      for (let turn = 0; turn < 120 && (await figure.getAttribute("data-progress")) !== "1.00"; turn += 1) {
        await page.mouse.wheel(0, 60);
        await settleScroll(page);
        if ((await figure.getAttribute("data-state")) !== step.state) break;
        const year = await shownYear(page);
        seen.add(year);
        // The map, its caption's year and its legend are that year's, from the CSV.
        for (const status of ["member", "observer", "dialogue-partner"]) {
          await expect
            .poll(() => countMarks(page, status), `${status} in ${year}`)
            .toBe(countInCsv(Number(year), status));
        }
        await expect(section(page).locator('[data-role="year"]')).toHaveText(year);
      }
      expect([...seen].sort()).toEqual(years);
    }
  });

  test("a deep link and a reload land on the step's state without playing the steps before it", async ({ page }) => {
    const step = sectionOf(chart).steps.at(-2);
    if (!step) throw new Error("too few steps");
    await page.goto(`/#${step.id}`);
    await expectFigureState(section(page), step.state);
    expect(await countMarks(page, "member")).toBe(membersAt(step.state));
    await page.reload();
    await expectFigureState(section(page), step.state);
  });

  test("a fast jump from the top to the last step lands on the last state", async ({ page }) => {
    await page.goto("/");
    const last = sectionOf(chart).steps.at(-1);
    if (!last) throw new Error("no steps");
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), last.id);
    await expectFigureState(section(page), last.state);
  });

  test("switching between phone and desktop width mid-story keeps the right state", async ({ page }) => {
    const { steps } = sectionOf(chart);
    const [a, b, c] = steps.slice(-3);
    if (!a || !b || !c) throw new Error("too few steps");
    await page.goto("/");
    await wheelToStep(page, a.id);
    await expectFigureState(section(page), a.state);
    await page.setViewportSize({ width: 390, height: 844 });
    // The layout changes with the width: bring the step back under the trigger line, as a reader would.
    await wheelToStep(page, a.id);
    await expectFigureState(section(page), a.state);
    await wheelToStep(page, b.id);
    await expectFigureState(section(page), b.state);
    await page.setViewportSize({ width: 1440, height: 900 });
    await wheelToStep(page, c.id);
    await expectFigureState(section(page), c.state);
  });

  testNamesAtEveryWidth(chart);

  for (const width of [320, 360, 390, 768, 1440]) {
    test(`the caption keeps no more than 24 px of empty room, in the story and the embed, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const step of sectionOf(chart).steps) {
        await page.goto(`/#${step.id}`);
        await expectFigureState(section(page), step.state);
        expect(await captionSlack(section(page).locator("figure[data-chart]")), step.id).toBeLessThanOrEqual(24);
      }
      for (const state of [...new Set(rows.map((row) => String(row.year)))]) {
        await page.goto(`/embed/${chart}/?state=${state}`);
        const figure = page.locator("figure[data-chart]");
        await expect(figure).toHaveAttribute("data-state", state);
        expect(await captionSlack(figure), state).toBeLessThanOrEqual(24);
      }
    });
  }
});
