/**
 * `npm run bench`: builds the site, serves it locally and measures the story page and every
 * embed, in a phone-sized window: bytes by type (raw and gzip), total transfer, HTML size, DOM
 * elements after load, requests, Lighthouse (mobile, median of 3) and a 10-second wheel scroll
 * through the story with the CPU slowed four times. Prints a table; writes bench-results/latest.json.
 *
 * `npm run bench -- --trace` also records the story's scroll once more with a Chrome trace and
 * the long animation frames, and breaks its slow frames down (bench/traceScroll.ts): the trace
 * goes to bench-results/trace-story.json, the breakdown to trace-story.summary.json.
 * `--scroll script` scrolls by script instead of the wheel (bench/scrollTest.ts).
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium, type Browser } from "@playwright/test";
import { weighPage, type PageWeight } from "../e2e/pageWeight.ts";
import { chromiumPath } from "./bench/chromiumPath.ts";
import { runLighthouse, type LighthouseFigures } from "./bench/runLighthouse.ts";
import { phone } from "./bench/phonePage.ts";
import { scrollTest, type ScrollFigures, type ScrollMethod } from "./bench/scrollTest.ts";
import { traceScroll } from "./bench/traceScroll.ts";
import { traceSummaryRows } from "./bench/traceSummary.ts";
import { serveStatic } from "../src/deploy/serveStatic.ts";

const { values: flags } = parseArgs({
  options: { trace: { type: "boolean", default: false }, scroll: { type: "string", default: "wheel" } },
});
const scrollOptions = { method: flags.scroll as ScrollMethod };

const port = 4390;
const origin = `http://127.0.0.1:${port}`;

function build(): void {
  const result = spawnSync("npx", ["astro", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("astro build failed");
}

async function serve(): Promise<() => void> {
  const server = await serveStatic(path.resolve("dist"), port);
  return () => server.close();
}

const kb = (bytes: number) => (bytes / 1024).toFixed(1);

function printTable(results: PageResult[]): void {
  const rows = results.map(({ path, weight, requests, dom, lighthouse, scroll }) => ({
    page: path,
    "JS gz KB": kb(weight.js.gzip),
    "CSS gz KB": kb(weight.css.gzip),
    "HTML gz KB": kb(weight.html.gzip),
    "HTML raw KB": kb(weight.html.raw),
    "total gz KB": kb(Object.values(weight).reduce((sum, entry) => sum + entry.gzip, 0)),
    "DOM elements": dom,
    "fonts KB": kb(weight.font.raw),
    "img KB": kb(weight.image.raw),
    requests,
    perf: lighthouse.performance,
    a11y: lighthouse.accessibility,
    "best pr.": lighthouse.bestPractices,
    seo: lighthouse.seo,
    "LCP ms": Math.round(lighthouse.lcpMs),
    CLS: lighthouse.cls.toFixed(3),
    "TBT ms": Math.round(lighthouse.tbtMs),
    "long tasks": scroll?.longTasks ?? "",
    "slow frames (4x CPU)": scroll ? `${scroll.slowFrames}/${scroll.frames}` : "",
    "scroll script/style/layout ms": scroll
      ? `${scroll.cpu.scriptMs}/${scroll.cpu.styleMs}/${scroll.cpu.layoutMs}`
      : "",
    "scroll CLS": scroll?.layoutShift.toFixed(3) ?? "",
  }));
  console.table(rows);
}

interface PageResult {
  path: string;
  weight: PageWeight;
  requests: number;
  /** Elements in the document once loaded. */
  dom: number;
  lighthouse: LighthouseFigures;
  scroll?: ScrollFigures;
}

/** The story's scroll once more, traced; prints where its slow frames went. */
async function traceStory(browser: Browser): Promise<void> {
  const page = await browser.newPage(phone);
  const { figures, trace, longAnimationFrames, traceFile } = await traceScroll(
    browser,
    page,
    `${origin}/`,
    "story",
    scrollOptions,
  );
  await page.close();
  console.log(`Traced scroll (tracing itself slows the page): ${figures.slowFrames}/${figures.frames} slow frames`);
  console.table(traceSummaryRows(trace, figures.frames));
  console.table(trace.slow.scriptBySource);
  console.log("Slow frames, paint:", trace.slow.paint, "raster:", trace.slow.raster);
  console.table(longAnimationFrames.scriptsByFunction.slice(0, 10));
  console.log(`Wrote ${traceFile} and its .summary.json`);
}

async function main(): Promise<void> {
  build();
  const embeds = readdirSync("dist/embed").flatMap((chart) => [`/embed/${chart}/`, `/embed/${chart}/scrolly/`]);
  const paths = ["/", ...embeds];
  const stop = await serve();
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const results: PageResult[] = [];
    for (const path of paths) {
      const page = await browser.newPage(phone);
      const { weight } = await weighPage(page, origin + path);
      const dom = await page.evaluate(() => document.getElementsByTagName("*").length);
      const scroll = path === "/" ? await scrollTest(page, origin + path, scrollOptions) : undefined;
      await page.close();
      if (path === "/" && flags.trace) await traceStory(browser);
      const requests = Object.values(weight).reduce((sum, entry) => sum + entry.requests, 0);
      results.push({ path, weight, requests, dom, lighthouse: await runLighthouse(origin + path), scroll });
    }
    printTable(results);
    mkdirSync("bench-results", { recursive: true });
    const report = { measuredAt: new Date().toISOString(), node: process.version, results };
    writeFileSync("bench-results/latest.json", `${JSON.stringify(report, null, 2)}\n`);
    console.log("Wrote bench-results/latest.json");
  } finally {
    await browser.close();
    stop();
  }
}

await main();
