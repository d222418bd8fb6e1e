import type { Browser, Page } from "@playwright/test";

/** The phone the benchmark reads on: an iPhone-sized window, at three device pixels per CSS pixel. */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true } as const;

/** A what-if for the page under test: extra CSS, and/or the reader's reduced-motion setting. */
export interface PageVariant {
  css?: string;
  reducedMotion?: boolean;
}

/**
 * A new page in a phone-sized window. Requests that would leave this machine (a peer page's
 * analytics or fonts) are answered with an error at once, so every page is measured offline alike.
 * With a variant's CSS, the page's Content-Security-Policy is bypassed (it rightly refuses inline
 * styles) and the CSS is added as the document's last stylesheet before any script runs.
 */
export async function newPhonePage(browser: Browser, variant: PageVariant = {}): Promise<Page> {
  const page = await browser.newPage({ ...phone, bypassCSP: variant.css !== undefined });
  await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort());
  if (variant.reducedMotion) await page.emulateMedia({ reducedMotion: "reduce" });
  if (variant.css !== undefined) {
    await page.addInitScript((css: string) => {
      document.addEventListener("DOMContentLoaded", () => {
        const style = document.createElement("style");
        style.textContent = css;
        document.head.append(style);
      });
    }, variant.css);
  }
  return page;
}
