import { rmSync } from "node:fs";
import { remote } from "webdriverio";
import { browserNeed } from "../browserNeeds.ts";
import { requireBinary } from "../requireBinary.ts";
import { freePort, startService, waitForHttp } from "../services.ts";
import type { EngineDriver } from "../types.ts";
import { webdriverTab } from "./webdriverTab.ts";
import { writeWebKitSettings } from "./webkitSettings.ts";
import { startXvfb, type VirtualDisplay } from "./xvfb.ts";

/**
 * WebKit (WebKitGTK's MiniBrowser, the engine of Safari) through WebdriverIO and WebKitWebDriver
 * (classic WebDriver; this build has no BiDi) on an Xvfb display. Each tab is its own
 * WebKitWebDriver and browser: the driver's environment carries the GTK settings that play the
 * reader's reduced-motion setting, and MiniBrowser's `--enable-javascript=false` turns scripts
 * off (WebDriver's own scripts still run, and `scripting: none` matches, as for a reader).
 */
export function webkitDriver(): EngineDriver {
  const webDriver = requireBinary(
    "WebKitWebDriver (package webkit2gtk-driver)",
    browserNeed("WebKitWebDriver").candidates,
  );
  const miniBrowser = requireBinary(
    "WebKitGTK MiniBrowser (package webkit2gtk-driver)",
    browserNeed("WebKitGTK MiniBrowser").candidates,
  );
  requireBinary("Xvfb (package xvfb)", browserNeed("Xvfb").candidates);
  let display: Promise<VirtualDisplay> | undefined;
  let version = "WebKitGTK";

  return {
    name: "webkit",
    async open(profile, viewport) {
      display ??= startXvfb();
      const settings = writeWebKitSettings(profile);
      const port = await freePort();
      const env = { ...process.env, DISPLAY: (await display).display, XDG_CONFIG_HOME: settings };
      const service = startService("WebKitWebDriver", webDriver, [`--port=${port}`], env);
      const cleanUp = async () => {
        await service.stop();
        rmSync(settings, { recursive: true, force: true });
      };
      try {
        await waitForHttp(service, `http://127.0.0.1:${port}/status`, 20_000);
        const browser = await remote({
          hostname: "127.0.0.1",
          port,
          logLevel: "error",
          connectionRetryCount: 1,
          capabilities: {
            browserName: "MiniBrowser",
            "wdio:enforceWebDriverClassic": true,
            "webkitgtk:browserOptions": {
              binary: miniBrowser,
              args: ["--automation", `--enable-javascript=${profile.isJavaScriptEnabled}`],
            },
          },
        });
        version = `WebKitGTK ${browser.capabilities.browserVersion ?? ""}`.trim();
        return await webdriverTab(browser, viewport, cleanUp);
      } catch (error) {
        await cleanUp();
        throw error;
      }
    },
    version: () => version,
    async dispose() {
      (await display?.catch(() => undefined))?.stop();
      display = undefined;
    },
  };
}
