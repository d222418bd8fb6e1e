import { summitStateIds, summitStateSpecs } from "../src/charts/summit-week/states.ts";
import { realData } from "../test/realData.ts";
import { forEachEmbedState } from "./embedStates.ts";
import { expect, test } from "./fixtures.ts";
import { builtStory, expectFigureState, readEveryStepDownAndUp, sectionLocator } from "./story.ts";
import { captionSlack, testNamesAtEveryWidth } from "./mapFigure.ts";

const chart = "summit-week";
/** The state about the guests of the wider meeting: the one whose spec names a meeting. */
const guestsState = summitStateIds.find((id) => summitStateSpecs[id].meeting);
if (!guestsState) throw new Error("the summit chart has no state about a meeting's guests");
const guestsMeeting = summitStateSpecs[guestsState].meeting;
const sections = () => builtStory().filter((section) => section.chart === chart);

test.describe("summit week", () => {
  test("every step shows its state scrolling down and back up, with its named legs drawn", async ({ page }) => {
    await page.goto("/");
    await readEveryStepDownAndUp(page, chart, async (_step, figure) => {
      await expect.poll(() => figure.locator('[data-route][data-named="true"]').count()).toBeGreaterThan(0);
      const caption = (await figure.locator('[data-role="caption-text"]').textContent()) ?? "";
      expect(caption).toMatch(/July/);
    });
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

  testNamesAtEveryWidth(chart, async (page, state) => {
    // A leg the state does not draw is not seen at all, faded context or not.
    const seenHidden = await page
      .locator('figure[data-chart] [data-route][data-visible="false"]')
      .evaluateAll((routes) => routes.filter((route) => getComputedStyle(route).opacity !== "0").length);
    expect(seenHidden, state).toBe(0);
    // Every name standing off its city or country is joined to it by a line the reader sees.
    const unseenLeaders = await page
      .locator('figure[data-chart] .map-leaders line[data-visible="true"]')
      .evaluateAll(
        (lines) =>
          (lines as SVGLineElement[]).filter(
            (line) => getComputedStyle(line).opacity === "0" || line.getTotalLength() < 5,
          ).length,
      );
    expect(unseenLeaders, state).toBe(0);
  });

  test("the SCO Plus state outlines the guests' countries named in the attendance data, and names them", async ({
    page,
  }) => {
    await page.goto(`/embed/${chart}/?state=${guestsState}`);
    const figure = page.locator("figure[data-chart]");
    await expect(figure).toHaveAttribute("data-state", guestsState);
    const guests = realData.attendance.filter((row) => row.meeting === guestsMeeting && row.iso3);
    expect(guests.length).toBeGreaterThan(0);
    for (const row of guests) {
      await expect(figure.locator(`svg [data-key="${row.iso3}"]`).first()).toHaveAttribute("data-guest", "");
      await expect(figure.locator(`[data-label="guest-${row.iso3}"]`)).toHaveAttribute("data-visible", "true");
    }
    await expect(figure.locator("svg [data-guest]")).toHaveCount(guests.length);
    await expect(figure.locator('[data-role="legend-note"]')).not.toBeEmpty();
    // Moving on takes the outlines and the legend words away.
    await page.getByRole("button", { name: /next/i }).click();
    await expect(figure).not.toHaveAttribute("data-state", guestsState);
    await expect(figure.locator("svg [data-guest]")).toHaveCount(0);
    await expect(figure.locator(".legend-note")).toHaveAttribute("data-visible", "false");
  });

  for (const width of [320, 360, 390, 768, 1440]) {
    test(`the caption keeps no more than 24 px of empty room, in the story and the embed, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const section of sections()) {
        for (const step of section.steps) {
          await page.goto(`/#${step.id}`);
          const figure = sectionLocator(page, section).locator("figure[data-chart]");
          await expectFigureState(sectionLocator(page, section), step.state);
          expect(await captionSlack(figure), step.id).toBeLessThanOrEqual(24);
        }
      }
      await forEachEmbedState(page, chart, async (state) => {
        expect(await captionSlack(page.locator("figure[data-chart]")), state).toBeLessThanOrEqual(24);
      });
    });
  }
});
