import scrollama from "scrollama";
import { activeStepIndex } from "./activeStepIndex.ts";
import { isJump } from "./isJump.ts";
import { cancelLook, lookNextFrame } from "./nextFrameLooks.ts";
import { validateOffset, type ScrollamaInstance } from "./scrollamaTypes.ts";

/** Options of {@link createScrollController}. */
export interface ScrollControllerOptions {
  /** The steps of one scrolly section, in reading order. */
  steps: HTMLElement[];
  /**
   * Where the trigger line is now, in px from the top of the viewport. It moves with the layout
   * (the section's CSS puts it below the pinned chart on phones), so it is asked on every look.
   */
  triggerY(): number;
  /**
   * Steps whose picture also follows the reader through the step (scrubbing): Scrollama reports
   * progress through them too, and the controller looks again, at most once a frame.
   */
  progressSteps?: HTMLElement[];
  /**
   * Called with the newly active step whenever it changes (and once at start). `isJump` is
   * true for the first call, when steps were skipped (anchor, history, fling), and when the step
   * comes hard on the previous one or the page is passing fast (a quick scroll, see isJump.ts):
   * the chart should then show the state at once rather than animate.
   */
  onActivate(step: HTMLElement, index: number, isJump: boolean): void;
  /**
   * Called whenever the controller looks (on every wake), with the active step, changed or not:
   * a section's first step is active from the start, yet the reader reaches it later. `view` is
   * the layout as read before `onActivate` changed the chart: reading it again there would force
   * that change's style and layout inside the callback, and the frame would lay out twice.
   */
  onWake?(step: HTMLElement, index: number, view: StepsView): void;
}

/** Where the steps and the trigger line were at one look, in px from the top of the viewport. */
export interface StepsView {
  readonly trigger: number;
  /** Each step's box, in reading order. */
  readonly boxes: readonly DOMRectReadOnly[];
  /** When it was read (performance.now()) and the viewport's height then: how fast the page moves. */
  readonly at: number;
  readonly viewportHeight: number;
}

/** A running scroll controller. */
export interface ScrollController {
  /** The step that is active now (a function of scroll position, not of past events). */
  readonly activeIndex: number;
  /** The trigger line now, in px from the top of the viewport. */
  triggerY(): number;
  /** Re-measures after a layout change the controller could not see. */
  refresh(): void;
  /** Removes Scrollama's observers and every listener. */
  destroy(): void;
}

/** Scrollama's factory, typed as its code really is (scrollamaTypes.ts). */
const createScrollama = scrollama as unknown as () => ScrollamaInstance;

/** Window events after which the steps may sit elsewhere: a jump, a restored page, a new viewport. */
const wakeEvents = ["hashchange", "pageshow", "load", "resize", "orientationchange"] as const;

/**
 * Progress only where a step scrubs: Scrollama observes progress with many thresholds, a cost the
 * other steps do not need. Its reports only say "look again" (at most once a frame, nextFrameLooks.ts).
 * None without such steps.
 */
function trackProgress(steps: HTMLElement[], offset: number, look: () => void): ScrollamaInstance | undefined {
  if (steps.length === 0) return undefined;
  return createScrollama()
    .setup({ step: steps, offset, root: document, progress: true, threshold: 4 })
    .onStepProgress(look);
}

/** Scrollama on the steps (entering, leaving) and on the scrubbing steps' progress: each report only asks for a look. */
function watchSteps(
  steps: HTMLElement[],
  progressSteps: HTMLElement[],
  offset: number,
  look: () => void,
): ScrollamaInstance[] {
  const scroller = createScrollama()
    // root: document keeps the trigger line in this document's viewport, also inside a
    // cross-origin iframe, where the implicit root (the top page) would ignore rootMargin.
    .setup({ step: steps, offset, root: document })
    .onStepEnter(look)
    .onStepExit(look);
  const tracker = trackProgress(progressSteps, offset, look);
  return tracker ? [scroller, tracker] : [scroller];
}

/**
 * Drives one scrolly section. Scrollama is the trigger: its step events (and a hash change, a
 * resize or rotation, a page restored from the back/forward cache, the page's load) wake the
 * controller, which then recomputes the active step from where the steps are. So a fast fling,
 * an anchor jump, a reload mid-story or a resize always lands on the step under the trigger
 * line, and nothing else listens to scrolling.
 */
export function createScrollController(options: ScrollControllerOptions): ScrollController {
  const { steps, onActivate, triggerY } = options;
  let activeIndex = -1;
  /** Scrollama's offset: the same line, as the share of the viewport it wants. */
  const share = () => validateOffset(Math.min(1, Math.max(0, triggerY() / window.innerHeight)));
  let activatedAt = -Infinity;
  let previousView: StepsView | undefined;

  /** Where the steps and the trigger line are now: the look's only layout reads. */
  function measure(): StepsView {
    return {
      trigger: triggerY(),
      boxes: steps.map((step) => step.getBoundingClientRect()),
      at: performance.now(),
      viewportHeight: window.innerHeight,
    };
  }

  /** How fast the steps moved since the previous look, in screen heights per second (0 at the first). */
  function screensPerSecond(view: StepsView): number {
    const before = previousView;
    previousView = view;
    const [now, then] = [view.boxes[0]?.top, before?.boxes[0]?.top];
    if (!before || now === undefined || then === undefined || view.at <= before.at) return 0;
    return (Math.abs(now - then) / Math.max(1, view.viewportHeight)) * (1000 / (view.at - before.at));
  }

  /** Draws what the view says: a newly active step, then the look itself (onWake). No layout reads. */
  function apply(view: StepsView): void {
    const index = activeStepIndex(
      view.boxes.map((box) => box.top),
      view.trigger,
    );
    const step = steps[index];
    const speed = screensPerSecond(view);
    if (index !== activeIndex) {
      const jump = isJump({
        previous: activeIndex,
        next: index,
        sincePreviousMs: view.at - activatedAt,
        screensPerSecond: speed,
      });
      activeIndex = index;
      activatedAt = view.at;
      if (step) onActivate(step, index, jump);
    }
    if (step) options.onWake?.(step, index, view);
  }

  const update = () => apply(measure());
  /** This controller's place in the page's once-a-frame looks. */
  const lookKey = {};
  const look = () => lookNextFrame(lookKey, measure, apply);

  const scrollers = watchSteps(steps, options.progressSteps ?? [], share(), look);

  // The trigger line moves with the viewport: Scrollama re-measures, then the controller looks.
  const wake = (event: Event) => {
    if (event.type === "resize" || event.type === "orientationchange") {
      for (const each of scrollers) each.offset(share()).resize();
    }
    look();
  };
  for (const name of wakeEvents) window.addEventListener(name, wake);
  update();

  return {
    get activeIndex() {
      return activeIndex;
    },
    triggerY,
    refresh: update,
    destroy() {
      for (const name of wakeEvents) window.removeEventListener(name, wake);
      cancelLook(lookKey);
      for (const each of scrollers) each.destroy();
    },
  };
}
