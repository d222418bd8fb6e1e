import { realData } from "../test/realData.ts";
import { expect, test } from "./fixtures.ts";
import { expectFigureState, sectionLocator, wheelToStep, builtStory } from "./story.ts";

const chart = "summit-week";
const sections = () => builtStory().filter((section) => section.chart === chart);

test.describe("summit week", () => {
  test("every step shows its state scrolling down and back up, with its named legs drawn", async ({ page }) => {
    await page.goto("/");
    for (const section of sections()) {
      const figure = sectionLocator(page, section).locator("figure[data-chart]");
      for (const step of [...section.steps, ...[...section.steps].reverse()]) {
        await wheelToStep(page, step.id);
        await expectFigureState(sectionLocator(page, section), step.state);
        await expect.poll(() => figure.locator('[data-route][data-named="true"]').count()).toBeGreaterThan(0);
        const caption = (await figure.locator('[data-role="caption-text"]').textContent()) ?? "";
        expect(caption).toMatch(/July/);
      }
    }
  });

  test("every leg whose start no source states is drawn dotted, and only those", async ({ page }) => {
    const section = sections()[0];
    if (!section) throw new Error("no summit-week section");
    await page.goto(`/#${section.steps[0]?.id}`);
    const assumed = await sectionLocator(page, section)
      .locator("figure[data-chart] [data-route][data-assumed]")
      .count();
    expect(assumed).toBe(realData.trips.filter((row) => row.departure === "assumed").length);
  });

  test("the countries are coloured by who came, as the attendance data say", async ({ page }) => {
    const section = sections()[0];
    if (!section) throw new Error("no summit-week section");
    await page.goto(`/#${section.steps.at(-1)?.id}`);
    const figure = sectionLocator(page, section).locator("figure[data-chart]");
    for (const row of realData.attendance.filter((each) => each.iso3)) {
      await expect(figure.locator(`svg [data-key="${row.iso3}"]`).first()).toHaveAttribute(
        "data-attendance",
        row.attendance,
      );
    }
  });
});
