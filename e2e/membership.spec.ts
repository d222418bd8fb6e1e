import type { Page } from "@playwright/test";
import { countStatuses, statusOf } from "../src/charts/sco-membership/status.ts";
import { realData } from "../test/realData.ts";
import { expect, test } from "./fixtures.ts";
import { expectFigureState, sectionLocator, sectionOf, wheelToStep } from "./story.ts";

const chart = "sco-membership";
const rows = realData.membership;
/** Members at the end of a state's year, from the CSV: what the map must colour. */
const membersAt = (state: string) => countStatuses(rows, Number(state)).member;

const section = (page: Page) => sectionLocator(page, sectionOf(chart));

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
      await expect.poll(() => countMarks(page, "member")).toBe(membersAt(step.state));
      const legend = section(page).locator('[data-role="legend"] [data-status="member"]');
      if (membersAt(step.state) > 0) await expect(legend).toContainText(`${membersAt(step.state)} member`);
    }
  });

  test("each step's caption names every change since the step before, and highlights those countries", async ({
    page,
  }) => {
    const { steps } = sectionOf(chart);
    for (const [index, step] of steps.entries()) {
      const before = steps[index - 1];
      if (!before) continue;
      await page.goto(`/#${step.id}`);
      await expectFigureState(section(page), step.state);
      const changed = rows.filter((row) => row.year > Number(before.state) && row.year <= Number(step.state));
      const shown = changed.filter((row) => statusOf(rows, row.iso3, Number(step.state)) !== "none");
      const caption = section(page).locator('[data-role="caption-text"]');
      for (const row of shown) await expect(caption).toContainText(row.country);
      for (const row of shown) {
        await expect(section(page).locator(`figure [data-key="${row.iso3}"]`).first()).toHaveAttribute(
          "data-changed",
          "",
        );
      }
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
});
