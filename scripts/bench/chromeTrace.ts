import type { Browser, Page } from "@playwright/test";

/** One event of a Chrome trace (the Trace Event Format; times in µs). */
export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: Record<string, unknown> & { data?: Record<string, unknown>; name?: string };
}

/**
 * What the performance panel of Chrome's DevTools records, plus the compositor, viz and GPU
 * (raster and drawing of the frames), the frame pipeline and the page's own marks. Paint
 * details (`timeline.paint`) and invalidation tracking are left out: they cost so much that
 * the traced run would no longer resemble an untraced one.
 */
export const traceCategories = [
  "devtools.timeline",
  "disabled-by-default-devtools.timeline",
  "disabled-by-default-devtools.timeline.frame",
  "blink.user_timing",
  "loading",
  "latencyInfo",
  "toplevel",
  "cc",
  "viz",
  "gpu",
  "benchmark",
];

/** Records a Chrome trace (every process: renderer, GPU, browser) while `run` runs; returns both. */
export async function recordTrace<T>(
  browser: Browser,
  page: Page,
  run: (startTracing: () => Promise<void>) => Promise<T>,
  categories = traceCategories,
): Promise<{ result: T; trace: Buffer; events: TraceEvent[] }> {
  const result = await run(() => browser.startTracing(page, { categories }));
  const trace = await browser.stopTracing();
  const parsed = JSON.parse(trace.toString("utf8")) as { traceEvents?: TraceEvent[] } | TraceEvent[];
  return { result, trace, events: Array.isArray(parsed) ? parsed : (parsed.traceEvents ?? []) };
}
