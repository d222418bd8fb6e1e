import { defineConfig } from "vitest/config";

/** Unit tests live beside their modules; the browser tests are Playwright's (e2e/). */
export default defineConfig({
  test: { include: ["src/**/*.test.ts"] },
});
