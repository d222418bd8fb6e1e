import type { CDPSession, Page } from "@playwright/test";
import { splitFrames, takeStepsUnderLine, watchStepsUnderLine, type FramesUnderLine } from "./stepsUnderLine.ts";

/**
 * How the page is scrolled: `wheel`, a mouse-wheel gesture synthesised by the browser
 * (Input.synthesizeScrollGesture: the compositor scrolls, as under a reader's hand), or
 * `script`, `window.scrollTo` once per animation frame (every frame is then a main-thread frame).
 */
export type ScrollMethod = "wheel" | "script";

/** Options of {@link scrollTest}. */
export interface ScrollOptions {
  /** Length of the scroll through the whole page. Default 10 s. */
  durationMs?: number;
  /** How many times the CPU is slowed (Chrome DevTools' throttling of the page's main thread). Default 4. */
  cpuSlowdown?: number;
  /** Default `wheel`. */
  method?: ScrollMethod;
  /**
   * Scroll at this speed (CSS px per second) rather than through the whole page in `durationMs`,
   * to compare pages of different lengths at one speed (the scroll stops short of a long page's end).
   */
  speedPxPerS?: number;
  /**
   * Also report the frames delivered while a step matching this selector was under its section's
   * trigger line, while another step was, and between sections (e.g. `[data-scrub]`, the
   * scrubbing steps; stepsUnderLine.ts).
   */
  underLine?: string;
  /** Runs once the page has loaded and the CPU is slowed, right before the scroll (e.g. starts a trace). */
  beforeScroll?(): Promise<void>;
}

/** What reading the story by scrolling costs the browser. */
export interface ScrollFigures {
  /** How many times the CPU was slowed. */
  cpuSlowdown: number;
  method: ScrollMethod;
  durationMs: number;
  /** How far the page scrolled, in CSS pixels (its height less the viewport's, unless a speed was set). */
  distancePx: number;
  /** Animation frames the page delivered during the scroll. */
  frames: number;
  /** Frames that took longer than 33 ms (under 30 fps). */
  slowFrames: number;
  /** Main-thread tasks over 50 ms. */
  longTasks: number;
  /** Layout-shift score accumulated while scrolling. */
  layoutShift: number;
  /**
   * Time the page's main thread spent in script, style and layout during the scroll, in ms of
   * thread time (DevTools' Performance metrics, in thread ticks): scaled by the slowdown like
   * the frames, but barely moved by other programs competing for the CPU.
   */
  cpu: CpuFigures;
  /**
   * The slow frames as [start, end] in ms after the `bench-scroll-start` performance mark, so a
   * trace of the same run can be cut at the same moments (see traceSummary.ts).
   */
  slowFrameSpans: [number, number][];
  /** With `underLine`: the frames while such a step was being read, while another was, and between sections. */
  underLine?: FramesUnderLine;
}

/**
 * Main-thread time over a scroll, from DevTools' Performance metrics (ms; counts for layouts and
 * style recalcs). Its thread and process totals are left out: the slowdown spins on the thread,
 * so at 4x they measure the slowdown itself.
 */
export interface CpuFigures {
  scriptMs: number;
  styleMs: number;
  layoutMs: number;
  styleRecalcs: number;
  layouts: number;
}

const cpuMetrics = {
  scriptMs: "ScriptDuration",
  styleMs: "RecalcStyleDuration",
  layoutMs: "LayoutDuration",
  styleRecalcs: "RecalcStyleCount",
  layouts: "LayoutCount",
} as const satisfies Record<keyof CpuFigures, string>;

async function cpuSnapshot(devtools: CDPSession): Promise<Map<string, number>> {
  const { metrics } = await devtools.send("Performance.getMetrics");
  return new Map(metrics.map(({ name, value }) => [name, value]));
}

function cpuBetween(before: Map<string, number>, after: Map<string, number>): CpuFigures {
  return Object.fromEntries(
    Object.entries(cpuMetrics).map(([key, metric]) => {
      const delta = (after.get(metric) ?? 0) - (before.get(metric) ?? 0);
      return [key, /Count$/.test(metric) ? delta : Math.round(delta * 1000)];
    }),
  ) as unknown as CpuFigures;
}

/** The performance mark set in the page when the scroll starts (also seen in a trace). */
export const scrollStartMark = "bench-scroll-start";

/** Frames longer than this count as slow (under 30 fps). */
export const slowFrameMs = 33;

/** Browser-side state of one scroll test; installed by {@link scrollTest}. */
interface Recorder {
  frames: number[];
  longTasks: number;
  layoutShift: number;
  stop(): void;
  done: Promise<void>;
}

/**
 * Runs in the page: counts every frame (requestAnimationFrame), long tasks and layout shift from
 * the mark on, and scrolls by script if asked; `window.benchScroll` holds the record. Self-contained:
 * only its text travels to the page.
 */
function recordFramesInPage({
  byScript,
  duration,
  distance,
  mark,
}: {
  byScript: boolean;
  duration: number;
  distance: number;
  mark: string;
}): void {
  const recorder = { frames: [] as number[], longTasks: 0, layoutShift: 0 } as Recorder;
  const observers = [
    new PerformanceObserver((list) => (recorder.longTasks += list.getEntries().length)),
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[])
        recorder.layoutShift += entry.value;
    }),
  ];
  observers[0]?.observe({ type: "longtask" });
  observers[1]?.observe({ type: "layout-shift" });
  let isStopped = false;
  let resolve = () => {};
  recorder.done = new Promise<void>((settle) => (resolve = settle));
  recorder.stop = () => {
    isStopped = true;
    observers.forEach((observer) => observer.disconnect());
    resolve();
  };
  const start = performance.mark(mark).startTime;
  const tick = (now: number) => {
    if (isStopped) return;
    recorder.frames.push(now - start);
    const progress = Math.min(1, (now - start) / duration);
    if (byScript) window.scrollTo(0, distance * progress);
    if (byScript && progress >= 1) setTimeout(() => recorder.stop(), 200);
    else requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
  (window as unknown as { benchScroll: Recorder }).benchScroll = recorder;
}

/**
 * Scrolls the whole page top to bottom over `durationMs` with the CPU slowed `cpuSlowdown` times
 * (as on a slower phone), counting the animation frames the page delivers and those over 33 ms.
 */
export async function scrollTest(page: Page, url: string, options: ScrollOptions = {}): Promise<ScrollFigures> {
  const { durationMs = 10_000, cpuSlowdown = 4, method = "wheel" } = options;
  await page.goto(url, { waitUntil: "networkidle" });
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  const pageDistance = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  const distancePx = options.speedPxPerS
    ? Math.min(pageDistance, Math.round((options.speedPxPerS * durationMs) / 1000))
    : pageDistance;
  await devtools.send("Performance.enable", { timeDomain: "threadTicks" });
  if (options.underLine) await watchStepsUnderLine(page, options.underLine);
  await options.beforeScroll?.();
  const cpuBefore = await cpuSnapshot(devtools);
  await page.evaluate(recordFramesInPage, {
    byScript: method === "script",
    duration: durationMs,
    distance: distancePx,
    mark: scrollStartMark,
  });
  if (method === "wheel") {
    // The browser sends the wheel events itself, at a steady speed, from the middle of the screen.
    const { width, height } = page.viewportSize() ?? { width: 390, height: 844 };
    await devtools.send("Input.synthesizeScrollGesture", {
      x: Math.round(width / 2),
      y: Math.round(height / 2),
      yDistance: -distancePx,
      speed: Math.round((distancePx * 1000) / durationMs),
      gestureSourceType: "mouse",
      preventFling: true,
    });
    await page.evaluate(() => (window as unknown as { benchScroll: Recorder }).benchScroll.stop());
  }
  const measured = await page.evaluate(async () => {
    const recorder = (window as unknown as { benchScroll: Recorder }).benchScroll;
    await recorder.done;
    return { frames: recorder.frames, longTasks: recorder.longTasks, layoutShift: recorder.layoutShift };
  });
  const cpu = cpuBetween(cpuBefore, await cpuSnapshot(devtools));
  const underLineSpans = options.underLine
    ? await takeStepsUnderLine(page, scrollStartMark)
    : { watched: [], others: [] };
  await devtools.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  await devtools.detach();
  const { frames } = measured;
  const slowFrameSpans = frames.flatMap((end, index): [number, number][] => {
    const start = frames[index - 1];
    return start !== undefined && end - start > slowFrameMs ? [[start, end]] : [];
  });
  return {
    cpuSlowdown,
    method,
    durationMs,
    distancePx,
    frames: frames.length,
    slowFrames: slowFrameSpans.length,
    longTasks: measured.longTasks,
    layoutShift: measured.layoutShift,
    cpu,
    slowFrameSpans,
    underLine: options.underLine ? splitFrames(frames, underLineSpans, options.underLine, slowFrameMs) : undefined,
  };
}
