import { accessSync, constants } from "node:fs";

/** A browser (or display) the test suite drives, where it is looked for, and the Debian package that brings it. */
export interface BrowserNeed {
  what: string;
  /** The Debian package (also Ubuntu's, for all but Chromium and Firefox ESR). */
  aptPackage: string;
  /** The environment variable that points at a copy installed elsewhere, if any. */
  envVariable?: string;
  candidates: (string | undefined)[];
}

/** MiniBrowser, WebKitGTK's own browser (package libwebkit2gtk-4.1-0, which webkit2gtk-driver pulls in). */
export const miniBrowserCandidates = (env: NodeJS.ProcessEnv = process.env) => [
  env.MINIBROWSER_PATH,
  "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
  "/usr/lib/aarch64-linux-gnu/webkit2gtk-4.1/MiniBrowser",
  "/usr/libexec/webkit2gtk-4.1/MiniBrowser",
];

/**
 * Everything `npm test` drives: Chromium for the Playwright suite (Playwright's own when it is
 * installed, `playwrightChromium`), Firefox ESR and WebKitGTK on Xvfb for the engine suite.
 */
export function browserNeeds(env: NodeJS.ProcessEnv = process.env, playwrightChromium?: string): BrowserNeed[] {
  return [
    {
      what: "Chromium",
      aptPackage: "chromium",
      envVariable: "CHROMIUM_PATH",
      candidates: [env.CHROMIUM_PATH, playwrightChromium, "/usr/bin/chromium", "/usr/bin/chromium-browser"],
    },
    {
      what: "Firefox",
      aptPackage: "firefox-esr",
      envVariable: "FIREFOX_PATH",
      candidates: [env.FIREFOX_PATH, "/usr/bin/firefox-esr", "/usr/bin/firefox"],
    },
    {
      what: "WebKitWebDriver",
      aptPackage: "webkit2gtk-driver",
      envVariable: "WEBKIT_WEBDRIVER_PATH",
      candidates: [env.WEBKIT_WEBDRIVER_PATH, "/usr/bin/WebKitWebDriver"],
    },
    {
      what: "WebKitGTK MiniBrowser",
      aptPackage: "webkit2gtk-driver",
      envVariable: "MINIBROWSER_PATH",
      candidates: miniBrowserCandidates(env),
    },
    { what: "Xvfb", aptPackage: "xvfb", candidates: ["/usr/bin/Xvfb"] },
  ];
}

/** True when `file` exists and may be run. */
export function isExecutable(file: string | undefined): boolean {
  if (!file) return false;
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The needs none of whose candidates is installed. */
export function missingNeeds(needs: readonly BrowserNeed[], isFound = isExecutable): BrowserNeed[] {
  return needs.filter((need) => !need.candidates.some(isFound));
}

/** One need by what it is ("Firefox"), as the drivers look for it. */
export function browserNeed(what: string, env: NodeJS.ProcessEnv = process.env): BrowserNeed {
  const need = browserNeeds(env).find((candidate) => candidate.what === what);
  if (!need) throw new Error(`no browser need "${what}"`);
  return need;
}
