import { expect, test } from "./fixtures.ts";
import { expectFigureState, stepsOf, wheelToStep } from "./scrolly.ts";

/** Members the story names at its milestones (article and sco-membership.csv). */
const membersAtState: Record<string, number> = { "2001": 6, "2017": 8, "2023": 9, "2024": 10 };

const section = (page: import("@playwright/test").Page) => page.locator('[data-scrolly="sco-membership"]');

async function countMarks(page: import("@playwright/test").Page, status: string): Promise<number> {
  return section(page).locator(`figure[data-chart] svg [data-key][data-status="${status}"]`).count();
}

test.describe("SCO membership scrolly", () => {
  test("every step shows its state scrolling down, and the earlier one scrolling back up", async ({ page }) => {
    await page.goto("/");
    const steps = await stepsOf(section(page));
    expect(steps.length).toBeGreaterThanOrEqual(7);
    for (const state of ["1996", "2001", "2017", "2023", "2024"]) {
      expect(steps.map((step) => step.state)).toContain(state);
    }

    for (const step of steps) {
      await wheelToStep(page, step.id);
      await expectFigureState(section(page), step.state);
      const expected = membersAtState[step.state];
      if (expected !== undefined) expect(await countMarks(page, "member")).toBe(expected);
    }
    expect(await countMarks(page, "shanghai-five")).toBe(0);

    for (const step of [...steps].reverse()) {
      await wheelToStep(page, step.id);
      await expectFigureState(section(page), step.state);
      const expected = membersAtState[step.state];
      if (expected !== undefined) expect(await countMarks(page, "member")).toBe(expected);
    }
    expect(await countMarks(page, "shanghai-five")).toBe(5);
    expect(await countMarks(page, "member")).toBe(0);
  });

  test("the legend counts and the caption follow the data", async ({ page }) => {
    await page.goto("/#belarus-joins");
    const figure = section(page).locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", "2024");
    await expect(figure.locator('[data-role="legend"] [data-status="member"]')).toHaveText("10 members");
    await expect(figure.locator('[data-role="caption-text"]')).toContainText("Belarus");
    await expect(figure.locator('[data-key="BLR"]')).toHaveAttribute("data-changed", /.*/);
    await expect(figure.locator("desc")).toContainText("10 members");
  });

  test("a deep link opens at its step's state without playing the steps before it", async ({ page }) => {
    await page.goto("/#india-pakistan");
    await expectFigureState(section(page), "2017");
    expect(await countMarks(page, "member")).toBe(8);
    await expect(section(page).locator('figure[data-chart] [data-key="IND"]')).toHaveAttribute("data-status", "member");
  });

  test("a fast jump from the top to the last step lands on the last state", async ({ page }) => {
    await page.goto("/");
    const steps = await stepsOf(section(page));
    const last = steps.at(-1);
    if (!last) throw new Error("no steps");
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), last.id);
    await expectFigureState(section(page), last.state);
  });

  test("a reload mid-story keeps the state of the step in view", async ({ page }) => {
    await page.goto("/");
    await wheelToStep(page, "iran-joins");
    await expectFigureState(section(page), "2023");
    await page.reload();
    await expectFigureState(section(page), "2023");
    expect(await countMarks(page, "member")).toBe(9);
  });

  test("switching between phone and desktop width mid-story keeps the right state", async ({ page }) => {
    await page.goto("/");
    await wheelToStep(page, "india-pakistan");
    await expectFigureState(section(page), "2017");
    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => document.getElementById("india-pakistan")?.scrollIntoView());
    await expectFigureState(section(page), "2017");
    await wheelToStep(page, "iran-joins");
    await expectFigureState(section(page), "2023");
    await page.setViewportSize({ width: 1440, height: 900 });
    await wheelToStep(page, "belarus-joins");
    await expectFigureState(section(page), "2024");
  });
});
