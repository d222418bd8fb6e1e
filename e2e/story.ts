import { readFileSync } from "node:fs";
import path from "node:path";
import { expect, type Frame, type Locator, type Page } from "@playwright/test";

/**
 * What the tests know of the story comes from the built page, never from names typed here, so an
 * editor can rename, add or remove steps without touching a test.
 */

/*
 * The trigger line: the step whose top has passed it is the one being read. Each section's CSS
 * puts it (below the pinned chart on phones); a fixed probe in the section,
 * `[data-role=trigger-line]`, tells scripts and tests where. Page functions read it there.
 */

/** A step as the built page has it. */
export interface StepInfo {
  id: string;
  state: string;
  /** The range a scrubbing step runs through ("2005-2017"), as the page has it. */
  scrub: string | undefined;
}

/** A scrolly section as the built page has it: its chart and its steps, in order. */
export interface SectionInfo {
  chart: string;
  /** Its place among the page's scrolly sections. */
  index: number;
  id: string;
  steps: StepInfo[];
}

/** Every scrolly section of the built story (read from dist/index.html, so tests can be declared per section). */
export function builtStory(): SectionInfo[] {
  const html = readFileSync(path.resolve("dist/index.html"), "utf8");
  const sections = html.split(/(?=<section class="scrolly")/).slice(1);
  return sections.map((markup, index) => {
    const chart = /data-scrolly="([^"]+)"/.exec(markup)?.[1] ?? "";
    const id = /<section[^>]*\sid="([^"]+)"/.exec(markup)?.[1] ?? "";
    const steps = [
      ...markup.matchAll(
        /<div class="step" id="([^"]+)" data-step="[^"]+" data-state="([^"]+)"( data-scrub="([^"]+)")?/g,
      ),
    ].map((match) => ({ id: match[1] ?? "", state: match[2] ?? "", scrub: match[4] }));
    return { chart, index, id, steps };
  });
}

/** The charts the story scrolls through, each once. */
export function storyCharts(): string[] {
  return [...new Set(builtStory().map((section) => section.chart))];
}

/** The first section of a chart. */
export function sectionOf(chart: string): SectionInfo {
  const section = builtStory().find((candidate) => candidate.chart === chart);
  if (!section) throw new Error(`the story has no section with chart ${chart}`);
  return section;
}

/** The first step, anywhere in the story, that satisfies `where`. */
export function findStep(
  where: (step: StepInfo, section: SectionInfo) => boolean,
): StepInfo & { section: SectionInfo } {
  for (const section of builtStory()) {
    const step = section.steps.find((candidate) => where(candidate, section));
    if (step) return { ...step, section };
  }
  throw new Error("no step of the story matches");
}

/** The section element on the page. */
export function sectionLocator(page: Page | Frame, section: SectionInfo): Locator {
  return page.locator("[data-scrolly]").nth(section.index);
}

/**
 * Scrolls like a reader: mouse-wheel steps until the step's top sits just above the trigger
 * line, so Scrollama sees real scroll events rather than a teleport.
 */
export async function wheelToStep(page: Page, stepId: string): Promise<void> {
  for (let attempt = 0; attempt < 80; attempt += 1) {
    // How far the step's top is below the trigger line (negative: above it).
    const belowTrigger = await page.evaluate((id) => {
      const step = document.getElementById(id);
      const probe = step?.closest("[data-scrolly]")?.querySelector("[data-role=trigger-line]");
      if (!step || !probe) throw new Error(`no step #${id} in a section with a trigger-line probe`);
      return step.getBoundingClientRect().top - probe.getBoundingClientRect().top;
    }, stepId);
    // Done once the top has just passed the line: the step is active, the next one is not yet.
    if (belowTrigger <= -10 && belowTrigger >= -150) return;
    const distance = belowTrigger + 60;
    await page.mouse.wheel(0, Math.sign(distance) * Math.min(Math.abs(distance), 700));
    // Wheel scrolling is asynchronous: wait until the page has moved before measuring again.
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
  }
  throw new Error(`could not scroll to #${stepId}`);
}

/** Waits until the section's figure draws `state`. */
export async function expectFigureState(section: Locator, state: string): Promise<void> {
  await expect(section.locator("figure[data-chart]")).toHaveAttribute("data-state", state);
}

/**
 * Wheels through every step of every section of `chart`, down and then back up, as a reader
 * would, and runs `check` on each once the section's figure draws the step's state.
 */
export async function readEveryStepDownAndUp(
  page: Page,
  chart: string,
  check: (step: StepInfo, figure: Locator) => Promise<void>,
): Promise<void> {
  for (const section of builtStory().filter((candidate) => candidate.chart === chart)) {
    const figure = sectionLocator(page, section).locator("figure[data-chart]");
    for (const step of [...section.steps, ...[...section.steps].reverse()]) {
      await wheelToStep(page, step.id);
      await expect(figure).toHaveAttribute("data-state", step.state);
      await check(step, figure);
    }
  }
}

/**
 * For every scrolly section on screen: the state of the step under the trigger line (by geometry
 * alone) and the state its figure draws, read in the same moment. A section off screen is not
 * read: Scrollama wakes a section when one of its steps crosses the line, so one jumped over
 * entirely catches up as soon as the reader reaches it.
 */
async function statesOnScreen(page: Page | Frame): Promise<{ drawn: string; expected: string }[]> {
  return page.evaluate(() => {
    return [...document.querySelectorAll<HTMLElement>("[data-scrolly]")].flatMap((section) => {
      const box = section.getBoundingClientRect();
      if (box.bottom <= 0 || box.top >= window.innerHeight) return [];
      const trigger = section.querySelector("[data-role=trigger-line]")?.getBoundingClientRect().top ?? NaN;
      const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
      const reached = steps.filter((step) => step.getBoundingClientRect().top <= trigger);
      const expected = (reached.at(-1) ?? steps[0])?.dataset.state ?? "";
      const drawn = section.querySelector<HTMLElement>("figure[data-chart]")?.dataset.state ?? "";
      return [{ drawn, expected }];
    });
  });
}

/** Waits until every figure on screen draws the state of the step in view. */
export async function expectConsistent(page: Page | Frame): Promise<void> {
  await expect
    .poll(async () => {
      const states = await statesOnScreen(page);
      return states.every(({ drawn, expected }) => drawn === expected) ? "consistent" : JSON.stringify(states);
    })
    .toBe("consistent");
}

/**
 * Brings every scrolly section's engine up (each starts as it nears the screen, see
 * startScrollySections.ts): scrolls to each section until its engine is `engine` (running, or
 * failed where a test breaks it), then back to the top.
 */
export async function startEverySection(page: Page, engine: "running" | "failed" = "running"): Promise<void> {
  for (const section of builtStory()) {
    const locator = sectionLocator(page, section);
    await locator.evaluate((element) => element.scrollIntoView());
    await expect(locator).toHaveAttribute("data-engine", engine);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}
