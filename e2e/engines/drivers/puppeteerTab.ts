import type { Page } from "puppeteer-core";
import type { PageFunction, Tab, Viewport } from "../types.ts";

/** Bounds every driver call, so a hung browser fails the scenario instead of the whole run. */
const callTimeoutMs = 30_000;

type LooseFunction = (...args: unknown[]) => unknown;

/**
 * A {@link Tab} over a puppeteer-core page: Firefox over WebDriver BiDi, or Chromium over the
 * DevTools protocol. Input goes through puppeteer's mouse and keyboard (real input events,
 * so the page sees wheel and key events as from a reader).
 */
export async function puppeteerTab(page: Page, viewport: Viewport): Promise<Tab> {
  const driverErrors: string[] = [];
  page.on("pageerror", (error) => driverErrors.push(`${page.url()}: uncaught ${String(error)}`));
  page.on("console", (message) => {
    if (message.type() === "error") driverErrors.push(`${page.url()}: console ${message.text()}`);
  });
  page.setDefaultTimeout(callTimeoutMs);
  page.setDefaultNavigationTimeout(callTimeoutMs);
  let current = viewport;
  await page.setViewport(current);

  return {
    async goto(url) {
      await page.goto(url, { waitUntil: "load" });
    },
    async reload() {
      await page.reload({ waitUntil: "load" });
    },
    async evaluate<Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args) {
      return (await page.evaluate(fn as LooseFunction, ...args)) as Result;
    },
    async evaluateInFrame<Args extends unknown[], Result>(
      frameSelector: string,
      fn: PageFunction<Args, Result>,
      ...args: Args
    ) {
      const frame = await (await page.$(frameSelector))?.contentFrame();
      if (!frame) throw new Error(`no iframe ${frameSelector}`);
      return (await frame.evaluate(fn as LooseFunction, ...args)) as Result;
    },
    async wheel(deltaY) {
      // Over the left part of the page, half-way down: story text or chart, never a control.
      await page.mouse.move(Math.round(current.width * 0.2), Math.round(current.height * 0.5));
      await page.mouse.wheel({ deltaY });
    },
    async press(key) {
      await page.keyboard.press(key);
    },
    async click(selector, index = 0) {
      const element = (await page.$$(selector))[index];
      if (!element) throw new Error(`nothing to click: ${selector} [${index}]`);
      await element.click();
    },
    async setViewport(viewport) {
      current = viewport;
      await page.setViewport(viewport);
    },
    async screenshot(path, selector) {
      const target = selector ? await page.$(selector) : page;
      if (!target) throw new Error(`nothing to photograph: ${selector}`);
      await target.screenshot({ path: path as `${string}.png` });
    },
    takeDriverErrors: () => driverErrors.splice(0),
    async close() {
      await page.close();
    },
  };
}
