/**
 * `npm run bench:compare -- [options] [name=URL ...]`: the benchmark's scroll test (a 10-second
 * wheel scroll through the whole page, CPU slowed four times, phone window) on the story and on
 * any other pages, side by side: interleaved in one browser, repeated, so that ratios within one
 * run hold on a busy machine. Prints each run and, per page, the frames it delivered as a share
 * of the reference's (the first peer, or `--reference`). Writes bench-results/compare.json.
 *
 *   --serve DIR      serve a folder (gzip, as the bench does) on 4391, 4392, … in the order given
 *                    (--port N: from N instead)
 *   --runs N         rounds (default 2); --cpu N slowdown (default 4); --duration MS (default 10000)
 *   --scroll wheel|script   how to scroll (scrollTest.ts; default wheel)
 *   --speed PX       scroll every page at this speed (px/s) instead of through the whole page
 *   --trace          after the rounds, one traced run per page: bench-results/trace-<name>.json
 *                    (open in DevTools or ui.perfetto.dev) and its breakdown, printed and in
 *                    trace-<name>.summary.json (traceSummary.ts)
 *   --variant NAME=FILE.css   also measure the story with FILE's CSS added (a what-if: no rebuild;
 *                    the CSP is bypassed for it); NAME=reduced-motion measures it for a reader who
 *                    asked for reduced motion. Repeatable; each variant runs in every round.
 *   --no-build       measure dist/ as it is; --no-story  leave the story out
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { chromium } from "@playwright/test";
import { serveStatic } from "../src/deploy/serveStatic.ts";
import { chromiumPath } from "./bench/chromiumPath.ts";
import { newPhonePage, type PageVariant } from "./bench/phonePage.ts";
import { scrollTest, type ScrollFigures, type ScrollMethod } from "./bench/scrollTest.ts";
import { traceScroll } from "./bench/traceScroll.ts";
import { traceSummaryRows } from "./bench/traceSummary.ts";

const storyPort = 4390;

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    serve: { type: "string", multiple: true, default: [] },
    variant: { type: "string", multiple: true, default: [] },
    port: { type: "string", default: "4391" },
    runs: { type: "string", default: "2" },
    cpu: { type: "string", default: "4" },
    duration: { type: "string", default: "10000" },
    scroll: { type: "string", default: "wheel" },
    speed: { type: "string" },
    reference: { type: "string" },
    trace: { type: "boolean", default: false },
    "no-build": { type: "boolean", default: false },
    "no-story": { type: "boolean", default: false },
  },
});

/** A page to measure, by a short name; the story's variants are the story with a what-if. */
interface Target {
  name: string;
  url: string;
  isStory?: boolean;
  variant?: PageVariant;
}

const storyUrl = `http://127.0.0.1:${storyPort}/`;

/** `NAME=FILE.css` or `NAME=reduced-motion` (see --variant). */
function storyVariant(argument: string): Target {
  const [name = "", what = ""] = argument.split(/=(.*)/s);
  if (!name || !what) throw new Error(`--variant ${argument}: write NAME=FILE.css or NAME=reduced-motion.`);
  const variant = what === "reduced-motion" ? { reducedMotion: true } : { css: readFileSync(what, "utf8") };
  return { name, url: storyUrl, isStory: true, variant };
}

const targets: Target[] = [
  ...(values["no-story"] ? [] : [{ name: "story", url: storyUrl, isStory: true }]),
  ...(values.variant ?? []).map(storyVariant),
  ...positionals.map((argument) => {
    const [name, url] = argument.includes("=") ? argument.split(/=(.*)/s) : [new URL(argument).host, argument];
    return { name: name ?? "", url: url ?? "" };
  }),
];
const options = {
  cpuSlowdown: Number(values.cpu),
  durationMs: Number(values.duration),
  method: values.scroll as ScrollMethod,
  speedPxPerS: values.speed ? Number(values.speed) : undefined,
};
/** On the story, the scrubbing steps' frames are also counted apart (issue #23: no worse than the rest). */
const storyOptions = { ...options, underLine: "[data-scrub]" };
const firstPeerPort = Number(values.port);
const reference = values.reference ?? targets.find(({ isStory }) => !isStory)?.name;

function ratioRows(results: Map<string, ScrollFigures[]>): Record<string, string>[] {
  const referenceFrames = results.get(reference ?? "");
  return [...results].map(([name, runs]) => ({
    page: name,
    "slow frames": runs.map((run) => `${run.slowFrames}/${run.frames}`).join(", "),
    [`frames vs ${reference ?? "reference"}`]: referenceFrames
      ? runs
          .map((run, index) => `${Math.round((100 * run.frames) / (referenceFrames[index]?.frames ?? 1))}%`)
          .join(", ")
      : "",
    "long tasks": runs.map((run) => run.longTasks).join(", "),
    "script/style/layout ms": runs.map(({ cpu }) => `${cpu.scriptMs}/${cpu.styleMs}/${cpu.layoutMs}`).join(", "),
    "scroll px/s": String(Math.round(((runs[0]?.distancePx ?? 0) * 1000) / options.durationMs)),
  }));
}

/** The story's frames while a scrubbing step was read, while another step was, and between sections, per run. */
function underLineRows(runs: ScrollFigures[]): Record<string, string | number>[] {
  return runs.flatMap(({ underLine }, index) =>
    underLine
      ? (
          [
            [`steps ${underLine.selector}`, underLine.watched],
            ["other steps", underLine.otherSteps],
            ["between sections", underLine.betweenSections],
          ] as const
        ).map(([what, stretch]) => ({
          run: index + 1,
          "story, while reading": what,
          seconds: (stretch.ms / 1000).toFixed(1),
          "slow frames": `${stretch.slowFrames}/${stretch.frames}`,
          "slow share": `${((100 * stretch.slowFrames) / Math.max(1, stretch.frames)).toFixed(1)}%`,
          "frames/s": stretch.framesPerSecond,
        }))
      : [],
  );
}

async function main(): Promise<void> {
  if (!values["no-build"] && !values["no-story"]) {
    const build = spawnSync("npx", ["astro", "build"], { stdio: "inherit" });
    if (build.status !== 0) throw new Error("astro build failed");
  }
  const servers = await Promise.all([
    ...(values["no-story"] ? [] : [serveStatic(path.resolve("dist"), storyPort)]),
    ...(values.serve ?? []).map((folder, index) => serveStatic(path.resolve(folder), firstPeerPort + index)),
  ]);
  (values.serve ?? []).forEach((folder, index) =>
    console.log(`Serving ${folder} at http://127.0.0.1:${firstPeerPort + index}/`),
  );
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
  });
  try {
    const results = new Map<string, ScrollFigures[]>(targets.map(({ name }) => [name, []]));
    for (let run = 1; run <= Number(values.runs); run += 1) {
      for (const { name, url, isStory, variant } of targets) {
        const page = await newPhonePage(browser, variant);
        const figures = await scrollTest(page, url, isStory ? storyOptions : options);
        await page.close();
        results.get(name)?.push(figures);
        console.log(
          `run ${run} ${name}: ${figures.slowFrames}/${figures.frames} slow, ${figures.longTasks} long tasks`,
        );
      }
    }
    console.table(ratioRows(results));
    for (const { name } of targets.filter(({ isStory }) => isStory)) {
      console.log(`${name}, by stretch:`);
      console.table(underLineRows(results.get(name) ?? []));
    }
    const traces = [];
    if (values.trace) {
      for (const { name, url, variant } of targets) {
        const page = await newPhonePage(browser, variant);
        const traced = await traceScroll(browser, page, url, name, options);
        await page.close();
        traces.push({ name, ...traced });
        const { figures, trace, longAnimationFrames } = traced;
        console.log(`\n${name}, traced (tracing slows the page): ${figures.slowFrames}/${figures.frames} slow frames`);
        console.table(traceSummaryRows(trace, figures.frames));
        console.table(trace.slow.scriptBySource.slice(0, 8));
        console.log("slow frames: paint", trace.slow.paint, "raster", trace.slow.raster);
        console.log("long animation frames:", { ...longAnimationFrames, scriptsByFunction: undefined });
        console.table(longAnimationFrames.scriptsByFunction.slice(0, 8));
        console.log(`trace: ${traced.traceFile}`);
      }
    }
    mkdirSync("bench-results", { recursive: true });
    const report = {
      measuredAt: new Date().toISOString(),
      options,
      reference,
      targets,
      results: Object.fromEntries(results),
      traces: traces.map(({ name, figures, traceFile, trace }) => ({ name, figures, traceFile, trace })),
    };
    writeFileSync("bench-results/compare.json", `${JSON.stringify(report, null, 2)}\n`);
    console.log("Wrote bench-results/compare.json");
  } finally {
    await browser.close();
    servers.forEach((server) => server.close());
  }
}

await main();
