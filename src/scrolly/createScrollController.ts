import scrollama from "scrollama";
import { activeStepIndex } from "./activeStepIndex.ts";
import { isJump } from "./isJump.ts";
import { validateOffset, type ScrollamaInstance } from "./scrollamaTypes.ts";

/** Default trigger line: 60% down the viewport, where the eye rests while reading a step. */
export const triggerShare = 0.6;

/** Options of {@link createScrollController}. */
export interface ScrollControllerOptions {
  /** The steps of one scrolly section, in reading order. */
  steps: HTMLElement[];
  /** Trigger line as a share of the viewport height (0 top, 1 bottom). Default 0.6. */
  offset?: number;
  /**
   * Called with the newly active step whenever it changes (and once at start). `isJump` is
   * true for the first call, when steps were skipped (anchor, history, fling) and when the step
   * comes hard on the previous one (a quick scroll, see isJump.ts): the chart should then show
   * the state at once rather than animate.
   */
  onActivate(step: HTMLElement, index: number, isJump: boolean): void;
  /**
   * Called whenever the controller looks (on every wake), with the active step, changed or not:
   * a section's first step is active from the start, yet the reader reaches it later.
   */
  onWake?(step: HTMLElement, index: number): void;
}

/** A running scroll controller. */
export interface ScrollController {
  /** The step that is active now (a function of scroll position, not of past events). */
  readonly activeIndex: number;
  /** The trigger line in use, as a share of the viewport height. */
  readonly offset: number;
  /** Re-measures after a layout change the controller could not see. */
  refresh(): void;
  /** Removes Scrollama's observers and every listener. */
  destroy(): void;
}

/** Window events after which the steps may sit elsewhere: a jump, a restored page, a new viewport. */
const wakeEvents = ["hashchange", "pageshow", "load", "resize", "orientationchange"] as const;

/**
 * Drives one scrolly section. Scrollama is the trigger: its step events (and a hash change, a
 * resize or rotation, a page restored from the back/forward cache, the page's load) wake the
 * controller, which then recomputes the active step from where the steps are. So a fast fling,
 * an anchor jump, a reload mid-story or a resize always lands on the step under the trigger
 * line, and nothing else listens to scrolling.
 */
export function createScrollController(options: ScrollControllerOptions): ScrollController {
  const offset = validateOffset(options.offset ?? triggerShare);
  const { steps, onActivate } = options;
  let activeIndex = -1;
  let activatedAt = -Infinity;

  function update(): void {
    const tops = steps.map((step) => step.getBoundingClientRect().top);
    const index = activeStepIndex(tops, window.innerHeight * offset);
    const step = steps[index];
    if (index !== activeIndex) {
      const now = performance.now();
      const jump = isJump(activeIndex, index, now - activatedAt);
      activeIndex = index;
      activatedAt = now;
      if (step) onActivate(step, index, jump);
    }
    if (step) options.onWake?.(step, index);
  }

  const scroller = (scrollama as unknown as () => ScrollamaInstance)()
    // root: document keeps the trigger line in this document's viewport, also inside a
    // cross-origin iframe, where the implicit root (the top page) would ignore rootMargin.
    .setup({ step: steps, offset, root: document })
    .onStepEnter(update)
    .onStepExit(update);

  // The trigger line moves with the viewport: Scrollama re-measures, then the controller looks.
  const wake = (event: Event) => {
    if (event.type === "resize" || event.type === "orientationchange") scroller.resize();
    update();
  };
  for (const name of wakeEvents) window.addEventListener(name, wake);
  update();

  return {
    get activeIndex() {
      return activeIndex;
    },
    offset,
    refresh: update,
    destroy() {
      for (const name of wakeEvents) window.removeEventListener(name, wake);
      scroller.destroy();
    },
  };
}
