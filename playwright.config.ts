import { existsSync } from "node:fs";
import { chromium, defineConfig, devices } from "@playwright/test";
import { hostPort, sitePort } from "./e2e/origins.ts";

/**
 * e2e against the production build served by `astro preview`. Playwright's own Chromium is
 * used where it is installed; otherwise the system Chromium (Debian's /usr/bin/chromium),
 * since Playwright cannot download browsers on machines without internet access.
 */
const systemChromium = ["/usr/bin/chromium", "/usr/bin/chromium-browser"].find((path) => existsSync(path));
const hasPlaywrightChromium = (() => {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
})();
const executablePath = process.env.CHROMIUM_PATH ?? (hasPlaywrightChromium ? undefined : systemChromium);

const port = sitePort;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  timeout: 60_000,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath,
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
    },
  },
  projects: [{ name: "chromium", use: { ...devices["Desktop Chrome"] } }],
  webServer: [
    {
      command: `npx astro preview --host 127.0.0.1 --port ${port}`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
    },
    {
      // A second origin that embeds the charts like a host newsroom page (e2e/embed.spec.ts).
      command: `node e2e/host/hostServer.ts ${hostPort} http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${hostPort}/host.html`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
  ],
});
