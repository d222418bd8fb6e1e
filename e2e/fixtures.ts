import { test as base, expect } from "@playwright/test";

/**
 * Every e2e test fails on a console error or an uncaught exception in any page it opens,
 * Content-Security-Policy violations included (Chromium reports them as console errors).
 * A test that provokes an error on purpose lists it in `expectedConsoleErrors`.
 */
export const test = base.extend<{ expectedConsoleErrors: RegExp[]; consoleGuard: void }>({
  expectedConsoleErrors: [[], { option: true }],
  consoleGuard: [
    async ({ context, expectedConsoleErrors }, use) => {
      const errors: string[] = [];
      const watch = (page: import("@playwright/test").Page) => {
        page.on("console", (message) => {
          if (message.type() === "error") errors.push(`${page.url()}: ${message.text()}`);
        });
        page.on("pageerror", (error) => errors.push(`${page.url()}: ${error.message}`));
      };
      context.pages().forEach(watch);
      context.on("page", watch);
      await use();
      const unexpected = errors.filter((error) => !expectedConsoleErrors.some((pattern) => pattern.test(error)));
      expect(unexpected, "console errors (CSP violations included)").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };
