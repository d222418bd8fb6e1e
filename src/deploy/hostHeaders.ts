import { writeFileSync } from "node:fs";
import type { AstroIntegration } from "astro";

/**
 * The `_headers` file for static hosts that read one (Netlify, Cloudflare Pages), written
 * after each build with the configured base path. The pages carry their script and style
 * policy in a <meta> tag; `frame-ancestors` only works as a header, so it is set here: the
 * story may be framed only by the site itself, the chart embeds by anyone.
 */
export function hostHeadersFile(base: string): string {
  const root = base.endsWith("/") ? base : `${base}/`;
  return [
    "/*",
    "  X-Content-Type-Options: nosniff",
    "  Referrer-Policy: strict-origin-when-cross-origin",
    "  Permissions-Policy: camera=(), microphone=(), geolocation=()",
    "",
    ...[root, `${root}index.html`].flatMap((path) => [
      path,
      "  Content-Security-Policy: frame-ancestors 'self'",
      "  X-Frame-Options: SAMEORIGIN",
      "",
    ]),
    `${root}embed/*`,
    "  Content-Security-Policy: frame-ancestors *",
    "",
    `${root}_astro/*`,
    "  Cache-Control: public, max-age=31536000, immutable",
    "",
  ].join("\n");
}

/** Writes `_headers` into the build output. */
export function hostHeaders(): AstroIntegration {
  let base = "/";
  return {
    name: "host-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base;
      },
      "astro:build:done": ({ dir }) => {
        writeFileSync(new URL("_headers", dir), hostHeadersFile(base));
      },
    },
  };
}
