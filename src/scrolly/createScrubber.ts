import type { ChartController } from "../charts/shared/chartController.ts";
import { parseScrubRange } from "../charts/shared/scrubRange.ts";
import { prefersReducedMotion } from "./prefersReducedMotion.ts";
import type { StepHold } from "./createStepHold.ts";

/** Options of {@link createScrubber}. */
export interface ScrubberOptions {
  figure: HTMLElement;
  chart: ChartController;
  announcer: HTMLElement | null;
  hold: StepHold;
}

/** A section's scrubbing: what the scroll engine calls as steps become active and on every look. */
export interface Scrubber {
  /** A step became active: announces a scrubbing step once as it starts. Returns true when it did. */
  enter(step: HTMLElement): boolean;
  /**
   * Draws the active step at `progress` (how far the reader is through it, stepProgress.ts), and
   * marks the figure (data-progress, data-scrub-value).
   */
  follow(step: HTMLElement, progress: number): void;
}

/**
 * Scrubbing for one section: while a step with `data-scrub` is the one read, its chart draws the
 * step's state part of the way, as a function of how far the reader is through the step (0 at its
 * start, 1 at its end). Reduced motion, and a step reached with the step bar or the arrow keys,
 * show the end at once. Screen readers hear the step once as it starts and once at its end.
 */
export function createScrubber({ figure, chart, announcer, hold }: ScrubberOptions): Scrubber {
  let announcedEnd: HTMLElement | undefined;
  return {
    enter(step) {
      const range = step.dataset.scrub ? parseScrubRange(step.dataset.scrub) : undefined;
      announcedEnd = undefined;
      if (!range || !chart.scrub || !announcer) return false;
      announcer.textContent = `From ${range.from} to ${range.to}: the chart follows as you scroll.`;
      return true;
    },
    follow(step, readerProgress) {
      const range = step.dataset.scrub ? parseScrubRange(step.dataset.scrub) : undefined;
      if (!range || !chart.scrub) {
        chart.scrub?.(step.dataset.state ?? "", undefined, 1);
        delete figure.dataset.progress;
        delete figure.dataset.scrubValue;
        return;
      }
      const isWhole = prefersReducedMotion() || hold.held() === step;
      const progress = isWhole ? 1 : readerProgress;
      const value = chart.scrub(step.dataset.state ?? "", range, progress);
      figure.dataset.progress = progress.toFixed(2);
      figure.dataset.scrubValue = String(value ?? "");
      if (progress >= 1 && announcedEnd !== step && announcer) {
        announcer.textContent = chart.announcement();
        announcedEnd = step;
      }
    },
  };
}
