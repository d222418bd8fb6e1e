import { defineConfig, devices } from "@playwright/test";
import { chromiumPath } from "./scripts/bench/chromiumPath.ts";
import { hostPort, sitePort } from "./e2e/origins.ts";

/**
 * e2e against the production build served by `astro preview`, in Playwright's own Chromium where
 * it is installed, otherwise the system one (Playwright cannot download browsers on machines
 * without internet access; see chromiumPath.ts).
 */
const executablePath = chromiumPath();

const port = sitePort;

export default defineConfig({
  testDir: "./e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  // A committed `.only` would silently skip the rest of the suite.
  forbidOnly: true,
  // One retry on CI absorbs a machine hiccup; a test that needs it is reported as flaky.
  retries: process.env.CI ? 1 : 0,
  timeout: 60_000,
  reporter: "list",
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
      // Never reuse a server already running: it may be serving an older build.
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      // A second origin that embeds the charts like a host newsroom page (e2e/embed.spec.ts).
      command: `node e2e/host/hostServer.ts ${hostPort} http://127.0.0.1:${port}`,
      url: `http://127.0.0.1:${hostPort}/host.html`,
      reuseExistingServer: false,
      timeout: 30_000,
    },
  ],
});
