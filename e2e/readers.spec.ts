import { expect, test } from "./fixtures.ts";
import { siteOrigin } from "./origins.ts";
import { sectionOf, wheelToStep } from "./story.ts";

const membership = '[data-scrolly="sco-membership"]';
/** The map's steps, from the built story. */
const mapSteps = () => sectionOf("sco-membership").steps;
const step = (index: number) => {
  const found = mapSteps().at(index);
  if (!found) throw new Error(`no map step ${index}`);
  return found;
};

test.describe("keyboard readers", () => {
  test("can run through a whole scrolly section with the stepper and arrow keys alone", async ({ page }) => {
    await page.goto("/");
    const section = page.locator(membership);
    const steps = mapSteps();
    const figure = section.locator("figure[data-chart]");

    // Tab from the top of the page, through the links of the sections before it, until the
    // section's step bar has focus (it comes before the steps, as on a phone's screen): at the
    // first step "Previous" is disabled, so "Next" takes the focus, and shows the bar.
    const previous = section.locator("[data-scrolly-stepper] [data-action=prev]");
    const next = section.locator("[data-scrolly-stepper] [data-action=next]");
    const isFocused = () => next.evaluate((button) => button === document.activeElement);
    for (let presses = 0; presses < 600 && !(await isFocused()); presses += 1) await page.keyboard.press("Tab");
    await expect(next).toBeFocused();
    expect(await next.evaluate((button) => getComputedStyle(button).outlineStyle)).not.toBe("none");
    await expect
      .poll(() => section.locator("[data-scrolly-stepper]").evaluate((bar) => getComputedStyle(bar).opacity))
      .toBe("1");
    for (const step of steps.slice(1)) {
      await next.focus();
      await page.keyboard.press("Enter");
      await expect(figure).toHaveAttribute("data-state", step.state);
      await expect(page.locator(`[id="${step.id}"]`)).toBeFocused();
    }
    await expect(next).toBeDisabled();

    // Back to the first step with "Previous".
    for (const step of [...steps].reverse().slice(1)) {
      await previous.focus();
      await page.keyboard.press("Enter");
      await expect(figure).toHaveAttribute("data-state", step.state);
      await expect(page.locator(`[id="${step.id}"]`)).toBeFocused();
    }
    await expect(previous).toBeDisabled();
    // And again with the arrow keys alone.
    for (const step of steps.slice(1)) {
      await page.keyboard.press("ArrowRight");
      await expect(figure).toHaveAttribute("data-state", step.state);
    }
    await page.keyboard.press("ArrowLeft");
    await expect(figure).toHaveAttribute("data-state", steps.at(-2)?.state ?? "");
  });

  test("a skip link jumps past the chart", async ({ page }) => {
    await page.goto("/");
    const skip = page.locator(`${membership} .skip-link`);
    await skip.focus();
    await expect(skip).toBeVisible();
    await page.keyboard.press("Enter");
    const focusedId = await page.evaluate(() => document.activeElement?.id);
    expect(focusedId).toMatch(/-end$/);
  });
});

test.describe("screen readers", () => {
  test("each change of state is announced politely, in words generated from the data", async ({ page }) => {
    await page.goto("/");
    const announcer = page.locator(`${membership} [data-role=announcer]`);
    await expect(announcer).toHaveAttribute("aria-live", "polite");
    const target = step(-2);
    await wheelToStep(page, target.id);
    await expect(announcer).toContainText(target.state);
    const caption = await page.locator(`${membership} [data-role="caption-text"]`).textContent();
    await expect(announcer).toContainText(caption ?? "");
    const members = await page.locator(`${membership} [data-role="legend"] [data-status="member"]`).textContent();
    await expect(announcer).toContainText(members?.trim() ?? "");
  });

  test("every chart has a data table, fetched when it is opened", async ({ page }) => {
    await page.goto("/");
    const charts = await page
      .locator("[data-scrolly]")
      .evaluateAll((sections) => [...new Set(sections.map((section) => (section as HTMLElement).dataset.scrolly))]);
    const tables = page.locator("details.chart-data");
    expect(await tables.count()).toBe(charts.length);
    expect(await page.locator("main table").count()).toBe(0);
    for (const details of await tables.all()) {
      await details.locator("summary").click();
      await expect.poll(() => details.locator("table tbody tr").count()).toBeGreaterThan(5);
      await expect(details.locator("table caption").first()).not.toBeEmpty();
    }
  });

  test("without JavaScript, a data table is one link away, on the chart's own page", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${siteOrigin}/`);
    const details = page.locator("details.chart-data").first();
    await details.locator("summary").click();
    await details.locator("a", { hasText: "Open the data table" }).click();
    await expect(page.locator("#chart-data table").first()).toBeAttached();
    expect(await page.locator("#chart-data table tbody tr").count()).toBeGreaterThan(5);
    await context.close();
  });
});

test.describe("reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("states switch instantly: nothing is animating after a change", async ({ page }) => {
    await page.goto("/");
    await wheelToStep(page, step(1).id);
    await wheelToStep(page, step(3).id);
    const running = await page.evaluate(
      () => document.getAnimations().filter((animation) => animation.playState === "running").length,
    );
    expect(running).toBe(0);
    const transition = await page
      .locator(`${membership} figure[data-chart] svg [data-key]`)
      .first()
      .evaluate((mark) => getComputedStyle(mark).transitionDuration);
    expect(transition.split(",").every((duration) => parseFloat(duration) === 0)).toBe(true);
    const behavior = await page.evaluate(() => getComputedStyle(document.documentElement).scrollBehavior);
    expect(behavior).toBe("auto");
  });
});

test.describe("deep links and history", () => {
  test("the address follows the active step without adding history entries", async ({ page }) => {
    await page.goto("/");
    const historyLength = await page.evaluate(() => history.length);
    await wheelToStep(page, step(1).id);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step(1).id}`);
    await wheelToStep(page, step(3).id);
    await expect.poll(() => page.evaluate(() => location.hash)).toBe(`#${step(3).id}`);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
  });

  test("a hash change and back/forward jump straight to the named step's state", async ({ page }) => {
    const [first, later] = [step(1), step(-2)];
    await page.goto(`/#${first.id}`);
    const figure = page.locator(`${membership} figure[data-chart]`);
    await expect(figure).toHaveAttribute("data-state", first.state);
    await page.evaluate((id) => {
      location.hash = `#${id}`;
    }, later.id);
    await expect(figure).toHaveAttribute("data-state", later.state);
    await page.goBack();
    await expect(figure).toHaveAttribute("data-state", first.state);
    await page.goForward();
    await expect(figure).toHaveAttribute("data-state", later.state);
  });

  test("a page restored from the back/forward cache shows the right state", async ({ page }) => {
    const target = step(3);
    await page.goto(`/#${target.id}`);
    const figure = page.locator(`${membership} figure[data-chart]`);
    await expect(figure).toHaveAttribute("data-state", target.state);
    await page.goto("/embed/sco-membership/");
    await page.goBack();
    await expect(figure).toHaveAttribute("data-state", target.state);
  });
});

test.describe("dark mode", () => {
  test.use({ colorScheme: "dark" });

  test("follows the system: page and charts switch to the dark tokens together", async ({ page }, testInfo) => {
    const target = step(-1);
    await page.goto(`/#${target.id}`);
    const figure = page.locator(`${membership} figure[data-chart]`);
    await expect(figure).toHaveAttribute("data-state", target.state);
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
    const colours = await page.evaluate(() => {
      const member = document.querySelector('[data-scrolly="sco-membership"] figure svg [data-status="member"]');
      return {
        page: getComputedStyle(document.documentElement).backgroundColor,
        member: member ? getComputedStyle(member).fill : "",
      };
    });
    // The dark tokens of src/charts/shared/palette.ts: paper #15171a, member #5ba3e6.
    expect(colours).toEqual({ page: "rgb(21, 23, 26)", member: "rgb(91, 163, 230)" });
    await testInfo.attach("dark-1440", { body: await page.screenshot(), contentType: "image/png" });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/#${sectionOf("central-asia-trade").steps.at(-2)?.id}`);
    await testInfo.attach("dark-390", { body: await page.screenshot(), contentType: "image/png" });
  });
});
