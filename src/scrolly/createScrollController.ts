import scrollama from "scrollama";
import { activeStepIndex } from "./activeStepIndex.ts";
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
   * true for the first call and when steps were skipped (anchor, history, fling): the chart
   * should then show the state at once rather than animate.
   */
  onActivate(step: HTMLElement, index: number, isJump: boolean): void;
}

/** A running scroll controller. */
export interface ScrollController {
  /** The step that is active now (a function of scroll position, not of past events). */
  readonly activeIndex: number;
  /** Re-measures after a layout change the controller could not see. */
  refresh(): void;
  /** Removes Scrollama's observers and every listener. */
  destroy(): void;
}

/**
 * Drives one scrolly section. Scrollama's enter and exit events only tell us *when* to look:
 * the active step is then recomputed from where the steps are, so a fast fling, an anchor
 * jump, a reload mid-story or a resize always lands on the step under the trigger line.
 */
export function createScrollController(options: ScrollControllerOptions): ScrollController {
  const offset = validateOffset(options.offset ?? triggerShare);
  const { steps, onActivate } = options;
  let activeIndex = -1;

  function update(): void {
    const tops = steps.map((step) => step.getBoundingClientRect().top);
    const index = activeStepIndex(tops, window.innerHeight * offset);
    if (index === activeIndex) return;
    const isJump = activeIndex === -1 || Math.abs(index - activeIndex) > 1;
    activeIndex = index;
    const step = steps[index];
    if (step) onActivate(step, index, isJump);
  }

  const scroller = (scrollama as unknown as () => ScrollamaInstance)()
    // root: document keeps the trigger line in this document's viewport, also inside a
    // cross-origin iframe, where the implicit root (the top page) would ignore rootMargin.
    .setup({ step: steps, offset, root: document })
    .onStepEnter(update)
    .onStepExit(update);

  // Scrollama observes steps, not the viewport: a resize or rotation moves the trigger line.
  const onResize = () => {
    scroller.resize();
    update();
  };
  // A jump that skips past every step (an anchor below the section, the End key, a restored
  // scroll position) crosses no trigger, so Scrollama stays silent; a scroll listener, at most
  // once per frame and read-only, catches those.
  let frame = 0;
  const onScroll = () => {
    if (frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      update();
    });
  };
  window.addEventListener("resize", onResize);
  window.addEventListener("scroll", onScroll, { passive: true });
  window.addEventListener("pageshow", update);
  update();

  return {
    get activeIndex() {
      return activeIndex;
    },
    refresh: update,
    destroy() {
      window.removeEventListener("resize", onResize);
      window.removeEventListener("scroll", onScroll);
      window.removeEventListener("pageshow", update);
      cancelAnimationFrame(frame);
      scroller.destroy();
    },
  };
}
