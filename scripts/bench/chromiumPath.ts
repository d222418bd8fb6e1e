import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";
import { browserNeeds } from "../../e2e/engines/browserNeeds.ts";

/** Playwright's own Chromium where installed, else the system one (Debian's /usr/bin/chromium). */
export function chromiumPath(): string {
  const { candidates } = browserNeeds(process.env, safePlaywrightPath())[0] ?? { candidates: [] };
  const found = candidates.find((path): path is string => Boolean(path && existsSync(path)));
  if (!found)
    throw new Error(
      "No Chromium found: npm test installs it when it may (scripts/setupBrowsers.ts); else run apt-get install chromium, or set CHROMIUM_PATH.",
    );
  return found;
}

function safePlaywrightPath(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

/** Flags for a headless Chromium on a machine with no outside network. */
export const chromiumFlags = ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];
