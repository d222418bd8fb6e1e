/**
 * Steps that become active sooner than this after the previous one are a quick scroll: the
 * longest state change of the charts (a journey drawn along its path, 700 ms; a name fading in
 * after it, 300 ms from 500 ms on) could not finish before the next one starts.
 */
export const quickStepMs = 800;

/**
 * From this speed on, in screen heights per second, the reader is passing through, not reading:
 * a screen of text goes by in under a second.
 */
export const passingScreensPerSecond = 1;

/** What {@link isJump} weighs about a change of step. */
export interface StepChange {
  /** Index of the step active until now (-1 before the first picture). */
  previous: number;
  /** Index of the newly active step. */
  next: number;
  /** Time since the previous change of step, in ms. */
  sincePreviousMs: number;
  /** How fast the page moved since the engine's previous look, in screen heights per second. */
  screensPerSecond: number;
}

/**
 * Whether the chart should show the newly active step at once rather than animate to it: the
 * first picture, steps skipped (an anchor, history, a fling), a step that comes less than
 * {@link quickStepMs} after the previous change, or one reached while the page moves faster than
 * {@link passingScreensPerSecond} (the first change of a section reached in a fling, whose
 * previous change was long ago). In a quick scroll each transition would be cut short by the next
 * and only cost frames: on a slow phone, the animated frames are the slow ones (issue #24).
 */
export function isJump({ previous, next, sincePreviousMs, screensPerSecond }: StepChange): boolean {
  return (
    previous === -1 ||
    Math.abs(next - previous) > 1 ||
    sincePreviousMs < quickStepMs ||
    screensPerSecond >= passingScreensPerSecond
  );
}
