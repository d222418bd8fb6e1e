import type { Page } from "@playwright/test";

/** One script of a long animation frame, as the Long Animation Frames API attributes it. */
export interface LoafScript {
  invoker: string;
  invokerType: string;
  sourceURL: string;
  sourceFunctionName: string;
  sourceCharPosition: number;
  duration: number;
  forcedStyleAndLayoutDuration: number;
}

/** One `long-animation-frame` entry (a frame over 50 ms), times in ms. */
export interface LongAnimationFrame {
  startTime: number;
  duration: number;
  blockingDuration: number;
  renderStart: number;
  styleAndLayoutStart: number;
  scripts: LoafScript[];
}

/** Where the long animation frames of a run spent their time. */
export interface LoafSummary {
  /** Frames over 50 ms (the API reports no shorter ones). */
  count: number;
  totalMs: number;
  /** Time in scripts (callbacks, event listeners, promise jobs), of which forced style and layout. */
  scriptMs: number;
  forcedStyleAndLayoutMs: number;
  /** From the start of rendering (animation-frame callbacks, observers) to the start of style and layout. */
  renderCallbacksMs: number;
  /** Style, layout and the rest of the rendering update (paint, commit). */
  styleLayoutPaintMs: number;
  /** Script time by function (`name (invoker) file:char`), largest first. */
  scriptsByFunction: { source: string; ms: number; forcedStyleAndLayoutMs: number; calls: number }[];
}

/** Starts collecting the page's long animation frames (call before the scroll; read with {@link takeLongAnimationFrames}). */
export async function observeLongAnimationFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const entries: unknown[] = [];
    new PerformanceObserver((list) => entries.push(...list.getEntries().map((entry) => entry.toJSON()))).observe({
      type: "long-animation-frame",
    });
    (window as unknown as { benchLoaf: unknown[] }).benchLoaf = entries;
  });
}

/** The long animation frames seen since {@link observeLongAnimationFrames}. */
export async function takeLongAnimationFrames(page: Page): Promise<LongAnimationFrame[]> {
  return page.evaluate(() => (window as unknown as { benchLoaf: LongAnimationFrame[] }).benchLoaf ?? []);
}

const fileOf = (url: string) => url.replace(/^.*\//, "") || "(page or bench)";

/** Adds up the long animation frames by phase, and their scripts by function. */
export function summarizeLongAnimationFrames(frames: readonly LongAnimationFrame[]): LoafSummary {
  const byFunction = new Map<string, LoafSummary["scriptsByFunction"][number]>();
  const summary: LoafSummary = {
    count: frames.length,
    totalMs: 0,
    scriptMs: 0,
    forcedStyleAndLayoutMs: 0,
    renderCallbacksMs: 0,
    styleLayoutPaintMs: 0,
    scriptsByFunction: [],
  };
  for (const frame of frames) {
    const end = frame.startTime + frame.duration;
    summary.totalMs += frame.duration;
    if (frame.renderStart > 0) summary.renderCallbacksMs += (frame.styleAndLayoutStart || end) - frame.renderStart;
    if (frame.styleAndLayoutStart > 0) summary.styleLayoutPaintMs += end - frame.styleAndLayoutStart;
    for (const script of frame.scripts) {
      summary.scriptMs += script.duration;
      summary.forcedStyleAndLayoutMs += script.forcedStyleAndLayoutDuration;
      const source = `${script.sourceFunctionName || "(anonymous)"} (${script.invoker}) ${fileOf(script.sourceURL)}:${script.sourceCharPosition}`;
      const entry = byFunction.get(source) ?? { source, ms: 0, forcedStyleAndLayoutMs: 0, calls: 0 };
      entry.ms += script.duration;
      entry.forcedStyleAndLayoutMs += script.forcedStyleAndLayoutDuration;
      entry.calls += 1;
      byFunction.set(source, entry);
    }
  }
  summary.scriptsByFunction = [...byFunction.values()].sort((a, b) => b.ms - a.ms);
  return summary;
}
