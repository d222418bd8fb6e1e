import { defineConfig } from "vitest/config";

/**
 * Unit tests live beside their modules (shared fixtures in test/); e2e tests (Playwright) live in
 * e2e/. Astro components and the content layer only exist inside an Astro build: here a chart's
 * `.astro` files load as empty components and `astro:content` as a stub, so the charts' contracts
 * (which name their components) can be prepared and checked in Node.
 */
export default defineConfig({
  plugins: [
    {
      name: "astro-components-as-stubs",
      enforce: "pre",
      load(id) {
        if (id.endsWith(".astro")) return "export default function Component() { return ''; }";
        return undefined;
      },
    },
  ],
  resolve: { alias: { "astro:content": new URL("./test/astroContentStub.ts", import.meta.url).pathname } },
  test: {
    include: ["src/**/*.test.ts", "scripts/**/*.test.ts", "test/**/*.test.ts"],
    environment: "node",
  },
});
