import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { describe, expect, it as test } from "vitest";

/** Checks of the production build in dist/ (npm test builds before it runs the unit tests). */
const dist = path.resolve("dist");
if (!existsSync(path.join(dist, "index.html"))) throw new Error("dist/ is missing: run npm run build first.");
const embedDir = path.join(dist, "embed");
const charts = readdirSync(embedDir).filter((name) => existsSync(path.join(embedDir, name, "index.html")));

describe("build output", () => {
  test("has an embed page for every chart of the story", () => {
    const story = readFileSync(path.join(dist, "index.html"), "utf8");
    const storyCharts = [...new Set([...story.matchAll(/data-scrolly="([^"]+)"/g)].map((match) => match[1]))];
    expect(storyCharts.length).toBeGreaterThan(0);
    expect(charts.sort()).toEqual(storyCharts.sort());
  });

  for (const chart of charts) {
    test(`/embed/${chart}/ has no site chrome, a canonical link and a source note`, () => {
      const html = readFileSync(path.join(embedDir, chart, "index.html"), "utf8");
      expect(html).not.toMatch(/class="story-header"|<header|<footer/);
      expect(html).toMatch(/<link rel="canonical" href="https?:\/\/[^"]+"/);
      expect(html).toMatch(/class="source-note"[^>]*>\s*Source:/);
      expect(html).toMatch(new RegExp(`<figure[^>]*data-chart="${chart}"`));
    });
  }

  test("embed pages link to the story's sources with absolute URLs (they live inside other sites)", () => {
    for (const chart of charts) {
      for (const page of ["index.html", "scrolly/index.html"]) {
        const html = readFileSync(path.join(embedDir, chart, page), "utf8");
        const links = [...html.matchAll(/class="source-note"[\s\S]*?href="([^"]+)"/g)].map((match) => match[1]);
        expect(links.length, `${chart}/${page}`).toBeGreaterThan(0);
        for (const link of links) expect(link).toMatch(/^https?:\/\/[^#]+#section-sources$/);
      }
    }
  });

  test("the CSV downloads exist and match the data files byte for byte", () => {
    const story = readFileSync(path.join(dist, "index.html"), "utf8");
    const links = [...story.matchAll(/href="[^"]*\/data\/([^"]+\.csv)" download/g)].map((match) => match[1] ?? "");
    expect(links.length).toBeGreaterThan(0);
    for (const file of new Set(links)) {
      const served = readFileSync(path.join(dist, "data", file), "utf8");
      const source = readFileSync(path.resolve("content/data", file), "utf8");
      expect(served).toBe(source);
      expect(served.split("\n")[0]).toContain("source_url");
    }
  });
});

describe("static figures and frames", () => {
  test("every picture a page shows exists in the build", () => {
    const pages = [
      path.join(dist, "index.html"),
      ...readdirSync(embedDir).map((chart) => path.join(embedDir, chart, "index.html")),
    ];
    for (const page of pages) {
      const html = readFileSync(page, "utf8");
      const pictures = [...html.matchAll(/(?:src|srcset)="\/(figures\/[^"]+\.svg)"/g)].map((match) => match[1] ?? "");
      expect(pictures.length, page).toBeGreaterThan(0);
      for (const picture of pictures) expect(existsSync(path.join(dist, picture)), picture).toBe(true);
    }
  });

  test("every figure names frames that exist and decode to its states", () => {
    const html = readFileSync(path.join(dist, "index.html"), "utf8");
    const figures = [
      ...html.matchAll(
        /<figure[^>]*data-chart="([^"]+)"[^>]*data-frames="\/([^"]+)"(?: data-frame-variants="([^"]+)")?/g,
      ),
    ];
    expect(figures.length).toBeGreaterThan(1);
    for (const [, , named = "", variants] of figures) {
      // A chart with frame variants has one file per variant beside the name, and none by it.
      const files = variants
        ? variants.split(" ").map((variant) => named.replace(/\.json$/, `.${variant}.json`))
        : [named];
      if (variants) expect(existsSync(path.join(dist, named)), named).toBe(false);
      for (const file of files) {
        expect(existsSync(path.join(dist, file)), file).toBe(true);
        const encoded = JSON.parse(readFileSync(path.join(dist, file), "utf8")) as { first?: { stateId?: string } };
        expect(typeof encoded.first?.stateId, file).toBe("string");
      }
    }
  });
});
