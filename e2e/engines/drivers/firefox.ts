import puppeteer, { type Browser } from "puppeteer-core";
import { browserNeed } from "../browserNeeds.ts";
import { requireBinary } from "../requireBinary.ts";
import type { EngineDriver, Profile } from "../types.ts";
import { puppeteerTab } from "./puppeteerTab.ts";

/**
 * Firefox (Debian's firefox-esr) through puppeteer-core over WebDriver BiDi. Reader settings
 * are Firefox preferences, fixed when the browser starts, so there is one browser per profile;
 * each scenario gets a new tab in it.
 */
export function firefoxDriver(): EngineDriver {
  const executablePath = requireBinary("Firefox", browserNeed("Firefox").candidates);
  const browsers = new Map<string, Promise<Browser>>();
  let version = "Firefox";

  function browserFor(profile: Profile): Promise<Browser> {
    const key = JSON.stringify(profile);
    let browser = browsers.get(key);
    if (!browser) {
      browser = puppeteer.launch({
        browser: "firefox",
        executablePath,
        headless: true,
        // The viewport is set per tab (page.setViewport, BiDi's browsingContext.setViewport).
        defaultViewport: null,
        args: ["--width=1440", "--height=900"],
        protocolTimeout: 60_000,
        extraPrefsFirefox: {
          "ui.prefersReducedMotion": profile.isReducedMotion ? 1 : 0,
          "javascript.enabled": profile.isJavaScriptEnabled,
        },
      });
      browsers.set(key, browser);
    }
    return browser;
  }

  return {
    name: "firefox",
    async open(profile, viewport) {
      const browser = await browserFor(profile);
      version = (await browser.version()).replace("/", " ");
      return puppeteerTab(await browser.newPage(), viewport);
    },
    version: () => version,
    async dispose() {
      const started = [...browsers.values()];
      browsers.clear();
      await Promise.all(started.map(async (browser) => (await browser.catch(() => undefined))?.close()));
    },
  };
}
