import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "@playwright/test";
import { recordTrace } from "./chromeTrace.ts";
import {
  observeLongAnimationFrames,
  summarizeLongAnimationFrames,
  takeLongAnimationFrames,
  type LoafSummary,
} from "./longAnimationFrames.ts";
import { scrollTest, type ScrollFigures, type ScrollOptions } from "./scrollTest.ts";
import { summarizeTrace, type TraceSummary } from "./traceSummary.ts";

/** A traced scroll test: its figures (slowed by tracing itself), the trace's breakdown and the long animation frames. */
export interface TracedScroll {
  figures: ScrollFigures;
  trace: TraceSummary;
  /** With the `underLine` option: the trace's breakdown of the time a watched step was read. */
  underLineTrace?: TraceSummary["slow"];
  longAnimationFrames: LoafSummary;
  /** Where the raw trace was written (open it in DevTools' Performance panel or ui.perfetto.dev). */
  traceFile: string;
}

/**
 * Runs {@link scrollTest} on `url` with a Chrome trace recording from the start of the scroll to
 * its end, and the page's long animation frames (with their scripts) observed; writes the trace
 * to `<outDir>/trace-<name>.json` and its summary to `<outDir>/trace-<name>.summary.json`.
 */
export async function traceScroll(
  browser: Browser,
  page: Page,
  url: string,
  name: string,
  options: ScrollOptions = {},
  outDir = "bench-results",
): Promise<TracedScroll> {
  const {
    result: figures,
    trace,
    events,
  } = await recordTrace(browser, page, (startTracing) =>
    scrollTest(page, url, {
      ...options,
      async beforeScroll() {
        await observeLongAnimationFrames(page);
        await startTracing();
      },
    }),
  );
  const longAnimationFrames = summarizeLongAnimationFrames(await takeLongAnimationFrames(page));
  const summary = summarizeTrace(events, figures.slowFrameSpans, [0, figures.durationMs]);
  const underLineTrace = figures.underLine
    ? summarizeTrace(events, figures.underLine.spans, [0, figures.durationMs]).slow
    : undefined;
  mkdirSync(outDir, { recursive: true });
  const traceFile = path.join(outDir, `trace-${name}.json`);
  writeFileSync(traceFile, trace);
  const result = { figures, trace: summary, underLineTrace, longAnimationFrames, traceFile };
  writeFileSync(path.join(outDir, `trace-${name}.summary.json`), `${JSON.stringify(result, null, 2)}\n`);
  return result;
}
