import { defineConfig } from "vitest/config";

/** Unit tests live beside their modules (shared fixtures in test/); e2e tests (Playwright) live in e2e/. */
export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
  },
});
