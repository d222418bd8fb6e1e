// @ts-check
import mdx from "@astrojs/mdx";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "astro/config";
import { hostHeaders } from "./src/deploy/hostHeaders.ts";
import { patchScrollama } from "./src/scrolly/patchScrollama.ts";

/**
 * Static build. SITE_URL and BASE_PATH let the same code publish at a domain root or in a
 * sub-folder (see README, "Publishing"); canonical links and asset URLs follow them.
 */
/** Where `npm start` serves the site: the default site URL, so local embed snippets work. */
const localSite = "http://127.0.0.1:4321";
if (!process.env.SITE_URL && process.argv.includes("build")) {
  console.warn(`SITE_URL is not set: links and embed snippets point to ${localSite}. Set it when publishing.`);
}

export default defineConfig({
  site: process.env.SITE_URL ?? localSite,
  base: process.env.BASE_PATH ?? "/",
  output: "static",
  // The content checks' tests sync copies of the content without touching the project's cache.
  ...(process.env.ASTRO_CACHE_DIR ? { cacheDir: process.env.ASTRO_CACHE_DIR } : {}),
  trailingSlash: "ignore",
  integrations: [mdx(), hostHeaders()],
  // The story has no code blocks; Shiki's inline styles would also break the strict CSP.
  markdown: { syntaxHighlight: false },
  vite: {
    plugins: [tailwindcss(), patchScrollama()],
    build: {
      rollupOptions: {
        // Astro marks each MDX module with its own "use astro:head-inject" directive, and the
        // bundler warns that it cannot keep it, once per story section on every build. Astro
        // injects the head itself, so the warning says nothing; silenced so real ones stand out.
        onwarn(warning, warn) {
          if (warning.code === "MODULE_LEVEL_DIRECTIVE" && warning.message.includes("astro:head-inject")) return;
          warn(warning);
        },
      },
    },
  },
  // Strict CSP as a <meta> on every page: scripts and styles only from the site itself or by
  // hash (no 'unsafe-inline'), nothing loaded from elsewhere. Headers that a <meta> cannot
  // carry (frame-ancestors) are in public/_headers.
  security: {
    csp: {
      directives: [
        "default-src 'self'",
        "img-src 'self' data: blob:",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
    },
  },
});
