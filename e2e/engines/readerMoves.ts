import { pollUntil } from "./poll.ts";
import { placeStep, readSection, type SectionReading } from "./storyProbes.ts";
import type { Tab } from "./types.ts";

/** Page function: the vertical scroll position. */
const scrollPosition = () => window.scrollY;

/** Waits until the page stops scrolling (smooth scrolling and wheel animations included). */
export async function waitForScrollToSettle(tab: Tab): Promise<number> {
  let stableReads = 0;
  return pollUntil(
    () => tab.evaluate(scrollPosition),
    (scrollY, previous) => {
      stableReads = scrollY === previous ? stableReads + 1 : 0;
      return stableReads >= 2;
    },
    { timeoutMs: 8000, intervalMs: 60, describe: (scrollY) => `the page kept scrolling (at ${scrollY})` },
  );
}

/**
 * Scrolls with the mouse wheel, as a reader does, until step `stepIndex` of section
 * `sectionIndex` has just passed the trigger line: it is then the step being read, and the
 * next one is not yet. Works both down and up the page.
 */
export async function wheelToStep(tab: Tab, sectionIndex: number, stepIndex: number): Promise<void> {
  for (let attempt = 0; attempt < 40; attempt += 1) {
    const { belowTrigger, height, scrollY } = await tab.evaluate(placeStep, sectionIndex, stepIndex);
    // Aim a little past the line, but never so far that a short step's successor crosses it too.
    const margin = Math.min(60, height / 3);
    const distance = belowTrigger + margin;
    if (Math.abs(distance) <= Math.min(40, height / 4)) return;
    await tab.wheel(Math.round(Math.sign(distance) * Math.min(Math.abs(distance), 600)));
    // Engines may start a wheel scroll a few frames late: wait for it to start, then to end.
    await pollUntil(
      () => tab.evaluate(scrollPosition),
      (now) => now !== scrollY,
      {
        timeoutMs: 3000,
        describe: () =>
          `the wheel did not move the page (at ${scrollY}, step ${stepIndex} ${belowTrigger} px below the line)`,
      },
    );
    await waitForScrollToSettle(tab);
  }
  throw new Error(`could not wheel step ${stepIndex} of section ${sectionIndex} to the trigger line`);
}

/** Options of {@link expectConsistentReading}. */
export interface ReadingExpectation {
  /** The step that must be under the trigger line, if known. */
  stepIndex?: number;
  /** Also require no horizontal overflow. */
  isOverflowChecked?: boolean;
  /**
   * Also require the address to name the step under the line ("the address follows the active
   * step"). This also proves the page has taken the move in, where two neighbouring steps share
   * a state. Not for a section's first step reached from above: it is active from the start,
   * so nothing changes and the address keeps what it had.
   */
  isHashChecked?: boolean;
  /** Words for the error: what the reader just did. */
  after: string;
  timeoutMs?: number;
}

/**
 * Polls until the page has stopped scrolling and the section's figure draws the state of the
 * step under the trigger line (and that step is `stepIndex`, when given). Returns the reading.
 */
export async function expectConsistentReading(
  tab: Tab,
  sectionIndex: number,
  { stepIndex, isOverflowChecked = false, isHashChecked = false, after, timeoutMs = 8000 }: ReadingExpectation,
): Promise<SectionReading> {
  return pollUntil(
    () => tab.evaluate(readSection, sectionIndex),
    (reading, previous) =>
      reading.scrollY === previous?.scrollY &&
      reading.figureState === reading.expectedState &&
      (stepIndex === undefined || reading.underTrigger === stepIndex) &&
      (!isOverflowChecked || reading.overflowX <= 0) &&
      (!isHashChecked || reading.hash === `#${reading.underTriggerId}`),
    {
      timeoutMs,
      intervalMs: 60,
      describe: (reading) =>
        `after ${after}, section ${sectionIndex}: expected ` +
        (stepIndex === undefined ? "" : `step ${stepIndex} under the trigger line and `) +
        `the figure to draw that step's state` +
        (isOverflowChecked ? ", no horizontal overflow" : "") +
        (isHashChecked ? ", the address naming the step" : "") +
        `; saw ` +
        JSON.stringify(reading),
    },
  );
}
