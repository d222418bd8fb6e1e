import { prefersReducedMotion } from "./prefersReducedMotion.ts";

/** Options of {@link createSectionStepper}. */
export interface SectionStepperOptions {
  /** The element with the Prev / Next buttons and the position text. */
  root: HTMLElement;
  steps: HTMLElement[];
  /** Index of the step that is active now (the scroll controller's answer). */
  activeIndex(): number;
  /** Told of each step the stepper moves to (a scrubbing step is then read whole). */
  onStep?(step: HTMLElement): void;
}

/** A section's keyboard stepper. */
export interface SectionStepper {
  /** Scrolls to the step `offset` steps from the active one (clamped). */
  move(offset: number): void;
  /** Updates the buttons and the position text after the active step changed. */
  sync(): void;
  destroy(): void;
}

/**
 * Prev / Next for one scrolly section: scrolls the page to the step (the scroll controller
 * then draws its state) and moves focus to it, so keyboard and screen-reader users can read
 * the story without scrolling.
 */
export function createSectionStepper({ root, steps, activeIndex, onStep }: SectionStepperOptions): SectionStepper {
  const prev = root.querySelector<HTMLButtonElement>("[data-action=prev]");
  const next = root.querySelector<HTMLButtonElement>("[data-action=next]");
  const position = root.querySelector<HTMLElement>("[data-role=position]");

  // The step a press is scrolling to: a second press during the (smooth) scroll steps on from
  // there, not from the step still under the trigger line. Cleared once the reader arrives.
  let heading: number | undefined;

  function move(offset: number): void {
    const index = Math.min(steps.length - 1, Math.max(0, (heading ?? activeIndex()) + offset));
    const target = steps[index];
    if (!target) return;
    heading = index;
    onStep?.(target);
    target.scrollIntoView({ behavior: prefersReducedMotion() ? "auto" : "smooth", block: "start" });
    target.focus({ preventScroll: true });
  }

  function sync(): void {
    const index = activeIndex();
    if (index === heading) heading = undefined;
    if (prev) prev.disabled = index <= 0;
    if (next) next.disabled = index >= steps.length - 1;
    if (position) position.textContent = `Step ${index + 1} of ${steps.length}`;
  }

  const onPrev = () => move(-1);
  const onNext = () => move(1);
  // A scroll that ends short of the step (the reader took over) forgets where it was heading.
  const onScrollEnd = () => (heading = undefined);
  prev?.addEventListener("click", onPrev);
  next?.addEventListener("click", onNext);
  window.addEventListener("scrollend", onScrollEnd);
  sync();
  return {
    move,
    sync,
    destroy() {
      prev?.removeEventListener("click", onPrev);
      next?.removeEventListener("click", onNext);
      window.removeEventListener("scrollend", onScrollEnd);
    },
  };
}
