import type { Page } from "@playwright/test";

/**
 * The frames of a scroll split by what the reader was reading: one of a set of steps (for example
 * the scrubbing steps, `[data-scrub]`), another step of a scrolly section, or neither (the prose
 * between sections). Issue #23 asks that the scrubbing steps' frames be no worse than the rest of
 * the story's; a step's stretch holds the change of state that opens it, so steps are compared
 * with steps, and the quiet prose is counted apart.
 *
 * The page is watched with IntersectionObservers (one per section, its root cut to a 1 px band at
 * that section's trigger line), which the browser computes after its own layout: reading positions
 * in every frame would force a style and layout pass and slow the frames being measured.
 */

/** Frames of one stretch of the scroll. */
export interface StretchFrames {
  /** Time spent in the stretch, ms. */
  ms: number;
  frames: number;
  slowFrames: number;
  /** Frames delivered per second in the stretch. */
  framesPerSecond: number;
}

/** A scroll's frames in the watched steps, in the other steps and between sections. */
export interface FramesUnderLine {
  selector: string;
  /** When a watched step was under the line: [start, end] ms after the scroll's start mark. */
  spans: Span[];
  watched: StretchFrames;
  otherSteps: StretchFrames;
  betweenSections: StretchFrames;
}

/** [start, end] ms after the scroll's start mark. */
export type Span = [number, number];

/** A step's time under the line, and whether it is one of the watched steps. */
interface StepSpan {
  span: Span;
  isWatched: boolean;
}

declare global {
  interface Window {
    benchUnderLine?: {
      selector: string;
      spans: StepSpan[];
      open: Map<Element, number>;
      observers: IntersectionObserver[];
    };
  }
}

/**
 * Starts watching which step (`[data-step]`) of each scrolly section is under the section's
 * `[data-role=trigger-line]` probe, and whether it matches `selector` (call after load, before the
 * scroll). A page without such sections gives no spans: all its frames count as between sections.
 */
export async function watchStepsUnderLine(page: Page, selector: string): Promise<void> {
  await page.evaluate((watchedSelector) => {
    const watch = {
      selector: watchedSelector,
      spans: [] as StepSpan[],
      open: new Map<Element, number>(),
      observers: [] as IntersectionObserver[],
    };
    window.benchUnderLine = watch;
    for (const section of document.querySelectorAll("[data-scrolly]")) {
      const steps = [...section.querySelectorAll("[data-step]")];
      const line = section.querySelector("[data-role=trigger-line]")?.getBoundingClientRect().top;
      if (!steps.length || line === undefined) continue;
      const below = window.innerHeight - Math.round(line) - 1;
      const observer = new IntersectionObserver(
        (entries) => {
          for (const { target, isIntersecting, time } of entries) {
            const since = watch.open.get(target);
            if (isIntersecting) watch.open.set(target, time);
            else if (since !== undefined) {
              watch.spans.push({ span: [since, time], isWatched: target.matches(watchedSelector) });
              watch.open.delete(target);
            }
          }
        },
        { rootMargin: `-${Math.round(line)}px 0px -${below}px 0px` },
      );
      steps.forEach((step) => observer.observe(step));
      watch.observers.push(observer);
    }
  }, selector);
}

/** Stops watching: the watched steps' spans and the other steps' (ms after `startMark`). */
export async function takeStepsUnderLine(page: Page, startMark: string): Promise<{ watched: Span[]; others: Span[] }> {
  return page.evaluate((mark) => {
    const spans = { watched: [] as Span[], others: [] as Span[] };
    const watch = window.benchUnderLine;
    if (!watch) return spans;
    watch.observers.forEach((observer) => observer.disconnect());
    const end = performance.now();
    const start = performance.getEntriesByName(mark)[0]?.startTime ?? 0;
    const open = [...watch.open].map(([target, since]) => ({
      span: [since, end] as Span,
      isWatched: target.matches(watch.selector),
    }));
    for (const {
      span: [from, to],
      isWatched,
    } of [...watch.spans, ...open]) {
      (isWatched ? spans.watched : spans.others).push([from - start, to - start]);
    }
    return spans;
  }, startMark);
}

function stretch(frameSpans: Span[], slowFrameMs: number): StretchFrames {
  const ms = frameSpans.reduce((sum, [start, end]) => sum + end - start, 0);
  return {
    ms: Math.round(ms),
    frames: frameSpans.length,
    slowFrames: frameSpans.filter(([start, end]) => end - start > slowFrameMs).length,
    framesPerSecond: ms > 0 ? Math.round((frameSpans.length * 10_000) / ms) / 10 : 0,
  };
}

/**
 * Splits frames (end times in ms after the start mark, in order, as the scroll test records them)
 * by the stretch each frame's middle falls in: a watched step's span, another step's, or neither;
 * frames over `slowFrameMs` are slow.
 */
export function splitFrames(
  frameEnds: number[],
  spans: { watched: Span[]; others: Span[] },
  selector: string,
  slowFrameMs: number,
): FramesUnderLine {
  const frames = frameEnds.slice(1).map((end, index): Span => [frameEnds[index] ?? end, end]);
  const within =
    (list: Span[]) =>
    ([start, end]: Span) =>
      list.some(([from, to]) => (start + end) / 2 >= from && (start + end) / 2 < to);
  const isWatched = within(spans.watched);
  const isOtherStep = within(spans.others);
  return {
    selector,
    spans: spans.watched,
    watched: stretch(frames.filter(isWatched), slowFrameMs),
    otherSteps: stretch(
      frames.filter((frame) => !isWatched(frame) && isOtherStep(frame)),
      slowFrameMs,
    ),
    betweenSections: stretch(
      frames.filter((frame) => !isWatched(frame) && !isOtherStep(frame)),
      slowFrameMs,
    ),
  };
}
