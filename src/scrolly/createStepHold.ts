/** Keys that scroll the page by themselves (the step bar's arrow keys step instead). */
const scrollKeys = new Set(["PageUp", "PageDown", " ", "ArrowUp", "ArrowDown", "Home", "End"]);

/** The step a reader last reached with the step bar or the arrow keys. */
export interface StepHold {
  /** Remembers `step` as reached by stepping. */
  hold(step: HTMLElement): void;
  /** The step reached by stepping, until the reader scrolls by other means. */
  held(): HTMLElement | undefined;
  destroy(): void;
}

/**
 * Stepping reads whole steps: a scrubbing step reached with the step bar or the arrow keys shows
 * its end state, where scrolling would show its start. The hold lasts until the reader scrolls
 * with a wheel, a touch or a scrolling key; from then on the picture follows the position again.
 */
export function createStepHold(): StepHold {
  let step: HTMLElement | undefined;
  const release = () => (step = undefined);
  const onKey = (event: KeyboardEvent) => {
    if (scrollKeys.has(event.key)) release();
  };
  window.addEventListener("wheel", release, { passive: true });
  window.addEventListener("touchstart", release, { passive: true });
  window.addEventListener("keydown", onKey);
  return {
    hold: (target) => (step = target),
    held: () => step,
    destroy() {
      window.removeEventListener("wheel", release);
      window.removeEventListener("touchstart", release);
      window.removeEventListener("keydown", onKey);
    },
  };
}
