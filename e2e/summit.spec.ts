import { realData } from "../test/realData.ts";
import { expect, test } from "./fixtures.ts";
import { expectFigureState, sectionLocator, wheelToStep, builtStory } from "./story.ts";
import { textProblems } from "./textProblems.ts";

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

  for (const width of [390, 1440]) {
    test(`every name sits where the layout put it, clear of the others and inside the map, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(`/embed/${chart}/`);
      const states = await page
        .locator("select[data-role=state-select] option")
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      expect(states.length).toBeGreaterThan(1);
      for (const state of states) {
        await page.goto(`/embed/${chart}/?state=${state}`);
        await expect(page.locator("figure[data-chart]")).toHaveAttribute("data-state", state);
        await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
        expect(await textProblems(page, state, ".map-labels text")).toEqual([]);
        // A leg the state does not draw is not seen at all, faded context or not.
        const seenHidden = await page
          .locator('figure[data-chart] [data-route][data-visible="false"]')
          .evaluateAll((routes) => routes.filter((route) => getComputedStyle(route).opacity !== "0").length);
        expect(seenHidden, state).toBe(0);
        // Each name is anchored as laid out (no page style may re-anchor it away from its city).
        const misplaced = await page.locator("figure[data-chart] .map-labels text").evaluateAll((texts) =>
          (texts as SVGTextElement[])
            .filter((text) => text.dataset.visible === "true")
            .flatMap((text) => {
              const box = text.getBBox();
              const x = Number(text.getAttribute("x"));
              const anchor = text.getAttribute("text-anchor");
              const at = anchor === "start" ? box.x : anchor === "end" ? box.x + box.width : box.x + box.width / 2;
              return Math.abs(at - x) > 2
                ? [`${text.textContent}: ${anchor} at ${Math.round(at)}, laid out at ${x}`]
                : [];
            }),
        );
        expect(misplaced, state).toEqual([]);
      }
    });
  }
});
