/**
 * `npm run engines:screenshots`: photographs every state of every chart, as its embed page
 * draws it (`/embed/<chart>/?state=<state>`), at 390 and 1440 px wide, in Firefox, WebKit and
 * Chromium, for side-by-side comparison. States are read from the embed's state selector and
 * charts from the story, never named here. Needs the production build in dist/.
 *
 *   npm run engines:screenshots                      # all three engines
 *   npm run engines:screenshots -- --engine webkit   # one engine
 *
 * Writes test-results/engines/screenshots/<chart>/<state>/<width>-<engine>.png: the window,
 * scrolled to the top, with reduced motion so that every shot shows a finished state. Also the
 * story itself, wheeled to the middle step of each section (sticky chart, step card and step
 * bar as a reader sees them): test-results/engines/screenshots/story/section-<n>/<width>-<engine>.png.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import { drivers } from "./drivers/index.ts";
import { openStory } from "./openStory.ts";
import { pollUntil } from "./poll.ts";
import { expectConsistentReading, wheelToStep } from "./readerMoves.ts";
import { startSiteServers } from "./siteServers.ts";
import type { EngineDriver, Tab } from "./types.ts";
import { desktop, phone } from "./viewports.ts";

const argv = process.argv.slice(2);
const asked = argv.flatMap((arg, index) => (arg === "--engine" ? (argv[index + 1] ?? "").split(",") : []));
const engines = asked.length > 0 ? asked : ["firefox", "webkit", "chromium"];
const outDir = path.resolve("test-results/engines/screenshots");
const reader = { isReducedMotion: true, isJavaScriptEnabled: true };
/**
 * Reader widths, with windows tall enough to hold the whole embed: whole-window shots, because
 * WebKitGTK's element screenshots paint part of the element black.
 */
const viewports = [
  { ...phone, height: 1000 },
  { ...desktop, height: 1800 },
];

/** Page function: the state ids the embed's selector offers. */
const stateOptions = () =>
  [...document.querySelectorAll<HTMLOptionElement>("select[data-role=state-select] option")].map((o) => o.value);

/** Page function: the state drawn, whether anything is still moving and whether the page fits the window. */
const drawn = () => ({
  state: document.querySelector("figure[data-chart]")?.getAttribute("data-state") ?? null,
  moving: document.getAnimations().filter((animation) => animation.playState === "running").length,
  isCut: document.documentElement.scrollHeight > window.innerHeight,
});

async function photographChart(tab: Tab, site: string, engine: string, chart: string): Promise<number> {
  await tab.goto(`${site}/embed/${chart}/`);
  const states = await tab.evaluate(stateOptions);
  if (states.length === 0) throw new Error(`${chart}: the embed offers no states`);
  for (const viewport of viewports) {
    await tab.setViewport(viewport);
    for (const state of states) {
      await tab.goto(`${site}/embed/${chart}/?state=${encodeURIComponent(state)}`);
      const { isCut } = await pollUntil(
        () => tab.evaluate(drawn),
        (now) => now.state === state && now.moving === 0,
        {
          describe: (now) => `${engine} ${chart}: expected state ${state} drawn and still, saw ${JSON.stringify(now)}`,
        },
      );
      const file = path.join(outDir, chart, state, `${viewport.width}-${engine}.png`);
      mkdirSync(path.dirname(file), { recursive: true });
      await tab.screenshot(file);
      if (isCut) console.warn(`${engine} ${chart} ${state}: the page is taller than ${viewport.height} px, cut`);
    }
  }
  return states.length * 2;
}

async function photographStory(driver: EngineDriver, site: string): Promise<number> {
  let count = 0;
  for (const viewport of [phone, desktop]) {
    const tab = await driver.open(reader, viewport);
    try {
      for (const [sectionIndex, { steps }] of (await openStory(tab, site)).entries()) {
        const stepIndex = Math.floor(steps.length / 2);
        await wheelToStep(tab, sectionIndex, stepIndex);
        await expectConsistentReading(tab, sectionIndex, { stepIndex, after: `wheeling to step ${stepIndex}` });
        const file = path.join(outDir, "story", `section-${sectionIndex}`, `${viewport.width}-${driver.name}.png`);
        mkdirSync(path.dirname(file), { recursive: true });
        await tab.screenshot(file);
        count += 1;
      }
    } finally {
      await tab.close();
    }
  }
  return count;
}

async function photographEngine(driver: EngineDriver, site: string): Promise<void> {
  const tab = await driver.open(reader, desktop);
  try {
    const charts = [...new Set((await openStory(tab, site)).map((section) => section.chart))];
    let count = 0;
    for (const chart of charts) count += await photographChart(tab, site, driver.name, chart);
    count += await photographStory(driver, site);
    console.log(`${driver.version()}: ${count} screenshots`);
  } finally {
    await tab.close();
  }
}

const servers = await startSiteServers();
try {
  for (const engine of engines) {
    const create = drivers[engine];
    if (!create) throw new Error(`unknown engine ${engine}: choose from ${Object.keys(drivers).join(", ")}`);
    const driver = create();
    try {
      await photographEngine(driver, servers.site);
    } finally {
      await driver.dispose();
    }
  }
  console.log(`Screenshots in ${outDir}`);
} finally {
  await servers.stop();
}
