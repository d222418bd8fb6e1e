import type { Browser, Page } from "@playwright/test";

/** The phone the benchmark reads on: an iPhone-sized window, at three device pixels per CSS pixel. */
export const phone = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3, isMobile: true } as const;

/**
 * A new page in a phone-sized window. Requests that would leave this machine (a peer page's
 * analytics or fonts) are answered with an error at once, so every page is measured offline alike.
 */
export async function newPhonePage(browser: Browser): Promise<Page> {
  const page = await browser.newPage(phone);
  await page.route(/^(?!https?:\/\/(127\.0\.0\.1|localhost)[:/])/, (route) => route.abort());
  return page;
}
