import { Key } from "webdriverio";
import { pollUntil } from "../poll.ts";
import type { PageFunction, Tab, Viewport } from "../types.ts";

type LooseFunction = (...args: unknown[]) => unknown;

/** Page function: the layout viewport's size. */
const innerSize = (): Viewport => ({ width: window.innerWidth, height: window.innerHeight });

/** Reads the web view's size once it has stopped changing (a window resize lands asynchronously). */
async function settledInnerSize(browser: WebdriverIO.Browser): Promise<Viewport> {
  return pollUntil(
    async () => (await browser.execute(innerSize)) as Viewport,
    (size, previous) => size.width === previous?.width && size.height === previous.height,
    { intervalMs: 100, describe: (size) => `the window kept resizing (at ${JSON.stringify(size)})` },
  );
}

/**
 * Sizes the window so that the web view (not the window with its toolbar) is `viewport`:
 * WebDriver only sets window sizes, so the toolbar's share is measured and added.
 */
async function fitWindow(browser: WebdriverIO.Browser, viewport: Viewport): Promise<void> {
  let size = viewport;
  let inner = viewport;
  for (let attempt = 0; attempt < 4; attempt += 1) {
    await browser.setWindowSize(size.width, size.height);
    inner = await settledInnerSize(browser);
    if (inner.width === viewport.width && inner.height === viewport.height) return;
    size = { width: size.width + viewport.width - inner.width, height: size.height + viewport.height - inner.height };
  }
  throw new Error(
    `could not size the web view to ${viewport.width}x${viewport.height} (got ${inner.width}x${inner.height})`,
  );
}

/**
 * A {@link Tab} over a classic WebDriver session (WebKitGTK). Wheel and keys go through
 * WebDriver Actions, clicks through Element Click: real input events in the page. Classic
 * WebDriver reports no page errors; the page's collector (errorCollector.ts) does.
 */
export async function webdriverTab(
  browser: WebdriverIO.Browser,
  viewport: Viewport,
  cleanUp: () => Promise<void>,
): Promise<Tab> {
  let current = viewport;
  await browser.setTimeout({ pageLoad: 30_000, script: 30_000 });
  await browser.url("about:blank");
  await fitWindow(browser, current);

  return {
    async goto(url) {
      await browser.url(url);
    },
    async reload() {
      await browser.refresh();
    },
    async evaluate<Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args) {
      return (await browser.execute(fn as LooseFunction, ...args)) as Result;
    },
    async evaluateInFrame<Args extends unknown[], Result>(
      frameSelector: string,
      fn: PageFunction<Args, Result>,
      ...args: Args
    ) {
      await browser.switchFrame(browser.$(frameSelector));
      try {
        return (await browser.execute(fn as LooseFunction, ...args)) as Result;
      } finally {
        await browser.switchFrame(null);
      }
    },
    async wheel(deltaY) {
      const x = Math.round(current.width * 0.2);
      const y = Math.round(current.height * 0.5);
      // WebKitGTK 2.50 quirks: a scroll of duration 0 sends no wheel event, and Release Actions
      // (which perform() sends by default) sends the opposite of every wheel delta so far,
      // scrolling the page back: hence a short duration and no release.
      await browser.action("wheel").scroll({ x, y, deltaX: 0, deltaY, duration: 50 }).perform(true);
    },
    async press(key) {
      await browser.keys(Key[key]);
    },
    async click(selector, index = 0) {
      const elements = await browser.$$(selector).getElements();
      const element = elements[index];
      if (!element) throw new Error(`nothing to click: ${selector} [${index}]`);
      await element.click();
    },
    async setViewport(viewport) {
      current = viewport;
      await fitWindow(browser, viewport);
    },
    async screenshot(path, selector) {
      if (selector) await browser.$(selector).saveScreenshot(path);
      else await browser.saveScreenshot(path);
    },
    takeDriverErrors: () => [],
    async close() {
      try {
        await browser.deleteSession();
      } finally {
        await cleanUp();
      }
    },
  };
}
