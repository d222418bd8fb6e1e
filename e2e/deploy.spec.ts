import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, test } from "./fixtures.ts";
import { serveStatic } from "../src/deploy/serveStatic.ts";

/**
 * Publishing: the same code built for a sub-folder of another domain (SITE_URL, BASE_PATH),
 * served as a static host would, works with every asset and link under that folder.
 */
const base = "/graphics/astana-2024/";
const site = "https://news.example.org";
const port = 4391;
let outDir = "";
let server: Server | undefined;

test.describe("publishing under a base path", () => {
  test.describe.configure({ mode: "serial", timeout: 120_000 });

  test.beforeAll(() => {
    outDir = mkdtempSync(path.join(tmpdir(), "astana-dist-"));
    const result = spawnSync("npx", ["astro", "build", "--outDir", outDir], {
      env: { ...process.env, BASE_PATH: base, SITE_URL: site },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
  });

  test.beforeAll(async () => {
    server = await serveStatic(outDir, port, base);
  });

  test.afterAll(() => server?.close());

  test("links, canonical URLs and headers follow the base path", () => {
    const story = readFileSync(path.join(outDir, "index.html"), "utf8");
    expect(story).toContain(`<link rel="canonical" href="${site}${base}"`);
    const rootRelative = [...story.matchAll(/(?:href|src)="(\/[^"]*)"/g)].map((match) => match[1] ?? "");
    expect(rootRelative.length).toBeGreaterThan(3);
    expect(rootRelative.filter((url) => !url.startsWith(base))).toEqual([]);
    expect(story).toContain(`${site}${base}embed/sco-membership/`);
    const headers = readFileSync(path.join(outDir, "_headers"), "utf8");
    expect(headers).toContain(`${base}embed/*\n  Content-Security-Policy: frame-ancestors *`);
    expect(headers).toContain(`${base}_astro/*\n  Cache-Control: public, max-age=31536000, immutable`);
  });

  test("the story and an embed load with nothing missing", async ({ page }) => {
    const failures: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    const origin = `http://127.0.0.1:${port}`;
    await page.goto(`${origin}${base}#india-pakistan`);
    await expect(page.locator('[data-scrolly="sco-membership"] figure[data-chart]')).toHaveAttribute(
      "data-state",
      "2017",
    );
    await page.goto(`${origin}${base}embed/sco-membership/?state=2005`);
    await expect(page.locator("figure[data-chart]")).toHaveAttribute("data-state", "2005");
    expect(failures).toEqual([]);
  });
});
