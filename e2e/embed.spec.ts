import type { Frame, Page } from "@playwright/test";
import { expect, test } from "./fixtures.ts";
import { expectHoldsFor } from "./holdsFor.ts";
import { hostOrigin, siteOrigin } from "./origins.ts";
import { storyCharts } from "./story.ts";

const charts = storyCharts();

async function embedFrame(page: Page): Promise<Frame> {
  const handle = await page.locator("#embed").elementHandle();
  const frame = await handle?.contentFrame();
  if (!frame) throw new Error("no embed frame");
  await frame.waitForSelector("figure[data-chart]");
  return frame;
}

/** The iframe's height on the host page and the height of the document inside it. */
async function heights(page: Page, frame: Frame): Promise<{ iframe: number; content: number; inner: number }> {
  const iframe = await page.locator("#embed").evaluate((element) => element.getBoundingClientRect().height);
  const { content, inner } = await frame.evaluate(() => ({
    content: Math.ceil(document.documentElement.getBoundingClientRect().height),
    inner: window.innerHeight,
  }));
  return { iframe, content, inner };
}

async function expectFitted(page: Page, frame: Frame): Promise<void> {
  await expect
    .poll(async () => {
      const { iframe, content } = await heights(page, frame);
      return Math.abs(iframe - content);
    })
    .toBeLessThanOrEqual(1);
  const hasInnerScrollbar = await frame.evaluate(
    () => document.documentElement.scrollHeight > document.documentElement.clientHeight + 1,
  );
  expect(hasInnerScrollbar).toBe(false);
}

for (const chart of charts) {
  test.describe(`embedding ${chart} on another origin`, () => {
    for (const width of [320, 1000]) {
      test(`the iframe fits its content at ${width} px and follows changes`, async ({ page }) => {
        await page.goto(`${hostOrigin}/host.html?chart=${chart}&width=${width}`);
        const frame = await embedFrame(page);
        await expectFitted(page, frame);
        const before = (await heights(page, frame)).iframe;
        await frame.evaluate(() => {
          const filler = document.createElement("div");
          filler.style.height = "300px";
          filler.id = "filler";
          document.body.append(filler);
        });
        await expectFitted(page, frame);
        expect((await heights(page, frame)).iframe).toBeGreaterThanOrEqual(before + 299);
      });
    }

    test("the stepper works by keyboard and ?state= opens a state", async ({ page }) => {
      await page.goto(`${hostOrigin}/host.html?chart=${chart}&width=600`);
      const frame = await embedFrame(page);
      const figure = frame.locator("figure[data-chart]");
      const summary = await figure.getAttribute("data-state");
      const states = await frame
        .locator("select[data-role=state-select] option")
        .evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      const summaryIndex = states.indexOf(summary ?? "");
      expect(summaryIndex).toBeGreaterThan(0);

      await frame.locator("button[data-action=prev]").focus();
      await page.keyboard.press("Enter");
      await expect(figure).toHaveAttribute("data-state", states[summaryIndex - 1] ?? "");
      await page.keyboard.press("ArrowRight");
      await expect(figure).toHaveAttribute("data-state", states[summaryIndex] ?? "");
      await page.keyboard.press("Home");
      await expect(figure).toHaveAttribute("data-state", states[0] ?? "");
      await frame.locator("select[data-role=state-select]").selectOption(states[1] ?? "");
      await expect(figure).toHaveAttribute("data-state", states[1] ?? "");

      await page.goto(`${siteOrigin}/embed/${chart}/?state=${states[1]}`);
      await expect(page.locator("figure[data-chart]")).toHaveAttribute("data-state", states[1] ?? "");
    });

    test("a forged resize message from another origin changes nothing", async ({ page }) => {
      await page.goto(`${hostOrigin}/host.html?chart=${chart}&width=600`);
      const frame = await embedFrame(page);
      await expectFitted(page, frame);
      const fitted = (await heights(page, frame)).iframe;
      const forger = page.frame({ url: /forger\.html/ });
      await forger?.evaluate(() => (window as unknown as { forge(height: number): void }).forge(4321));
      await page.evaluate(() => {
        window.postMessage({ type: "astana-embed:height", height: 99 }, "*");
        window.postMessage({ type: "astana-embed:height", height: "9000" }, "*");
      });
      await expectHoldsFor(async () => (await heights(page, frame)).iframe, fitted, {
        periodMs: 1000,
        what: "the iframe keeps its fitted height after forged messages",
      });
    });
  });
}

test.describe("without the parent script", () => {
  test.use({ expectedConsoleErrors: [/embed\.js|Failed to load resource/] });

  test("the snippet still shows the chart at a fixed height", async ({ page }) => {
    await page.route(`${siteOrigin}/embed.js`, (route) => route.abort());
    await page.goto(`${hostOrigin}/host.html?chart=sco-membership&width=600`);
    const frame = await embedFrame(page);
    expect((await heights(page, frame)).iframe).toBe(760);
    await expect(frame.locator("figure svg")).toBeVisible();
  });
});

test("a scrolly section keeps working inside a cross-origin iframe", async ({ page }) => {
  await page.goto(`${hostOrigin}/host.html?chart=sco-membership&width=600`);
  await page.evaluate((src) => {
    const frame = document.querySelector<HTMLIFrameElement>("#embed");
    if (frame) {
      frame.removeAttribute("data-astana-embed");
      frame.style.height = "700px";
      frame.src = src;
    }
  }, `${siteOrigin}/embed/sco-membership/scrolly/`);
  const frame = await embedFrame(page);
  const figure = frame.locator("figure[data-chart]");
  const steps = await frame
    .locator("[data-step]")
    .evaluateAll((elements) =>
      elements.map((element) => ({ id: element.id, state: (element as HTMLElement).dataset.state ?? "" })),
    );
  await page.locator("#embed").scrollIntoViewIfNeeded();
  for (const step of [steps[2], steps.at(-1), steps[0]]) {
    if (!step) continue;
    // The step's top just past the section's trigger line: it is the step being read.
    await frame.evaluate((id) => {
      const element = document.getElementById(id);
      const probe = element?.closest("[data-scrolly]")?.querySelector("[data-role=trigger-line]");
      if (element && probe)
        window.scrollTo(
          0,
          element.getBoundingClientRect().top + window.scrollY - probe.getBoundingClientRect().top + 10,
        );
    }, step.id);
    await expect(figure).toHaveAttribute("data-state", step.state);
  }
});
