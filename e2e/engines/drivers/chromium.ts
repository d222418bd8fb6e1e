import puppeteer, { type Browser } from "puppeteer-core";
import { chromiumFlags, chromiumPath } from "../../../scripts/bench/chromiumPath.ts";
import type { EngineDriver } from "../types.ts";
import { puppeteerTab } from "./puppeteerTab.ts";

/**
 * Chromium through puppeteer-core over the DevTools protocol: the shared scenarios and the
 * screenshots in the engine Playwright already tests, for comparison. Reader settings are
 * emulated per tab, so one browser serves every profile.
 */
export function chromiumDriver(): EngineDriver {
  let browser: Promise<Browser> | undefined;
  let version = "Chromium";
  return {
    name: "chromium",
    async open(profile, viewport) {
      browser ??= puppeteer.launch({ executablePath: chromiumPath(), headless: true, args: chromiumFlags });
      const started = await browser;
      version = (await started.version()).replace("/", " ");
      const page = await started.newPage();
      await page.emulateMediaFeatures([
        { name: "prefers-reduced-motion", value: profile.isReducedMotion ? "reduce" : "no-preference" },
      ]);
      await page.setJavaScriptEnabled(profile.isJavaScriptEnabled);
      return puppeteerTab(page, viewport);
    },
    version: () => version,
    async dispose() {
      await (await browser?.catch(() => undefined))?.close();
      browser = undefined;
    },
  };
}
