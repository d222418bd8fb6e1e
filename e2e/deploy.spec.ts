import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { expect, test } from "./fixtures.ts";
import { builtStory, sectionLocator } from "./story.ts";
import { serveStatic } from "../src/deploy/serveStatic.ts";

/**
 * Publishing: the same code built for a sub-folder of another domain (`npm run build:deploy-check`
 * writes it to dist-deploy/ before the e2e suite runs), served as a static host would, works with
 * every asset and link under that folder.
 */
const base = "/graphics/astana-2024/";
const site = "https://news.example.org";
const port = 4391;
const outDir = path.resolve("dist-deploy");
let server: Server | undefined;

/** The charts with an embed page in a build. */
function storyChartsIn(dir: string): string[] {
  return readdirSync(path.join(dir, "embed"));
}

test.describe("publishing under a base path", () => {
  test.describe.configure({ mode: "serial" });

  test.beforeAll(async () => {
    if (!existsSync(path.join(outDir, "index.html")))
      throw new Error("dist-deploy/ is missing: run npm run build:deploy-check");
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

  test("a publishing build points no canonical URL, card or oEmbed at a local address", () => {
    const files = [
      "index.html",
      ...storyChartsIn(outDir).flatMap((chart) => [`embed/${chart}/index.html`, `oembed/${chart}.json`]),
    ];
    for (const file of [...files, "sitemap.xml", "robots.txt"]) {
      const text = readFileSync(path.join(outDir, file), "utf8");
      expect(text, file).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(text, file).toContain(site);
    }
  });

  test("the story and an embed load with nothing missing", async ({ page }) => {
    const failures: string[] = [];
    page.on("response", (response) => {
      if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
    });
    const origin = `http://127.0.0.1:${port}`;
    const section = builtStory()[1];
    const step = section?.steps.at(-1);
    if (!section || !step) throw new Error("no second section");
    await page.goto(`${origin}${base}#${step.id}`);
    await expect(sectionLocator(page, section).locator("figure[data-chart]")).toHaveAttribute("data-state", step.state);
    const first = section.steps[0]?.state ?? "";
    await page.goto(`${origin}${base}embed/${section.chart}/?state=${first}`);
    await expect(page.locator("figure[data-chart]")).toHaveAttribute("data-state", first);
    await expect(page.locator("[data-embed]")).toHaveAttribute("data-engine", "running");
    expect(failures).toEqual([]);
  });
});
