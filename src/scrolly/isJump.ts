/**
 * Steps that become active sooner than this after the previous one are a quick scroll: the
 * longest state change of the charts (a journey drawn along its path, 700 ms; a name fading in
 * after it, 300 ms from 500 ms on) could not finish before the next one starts.
 */
export const quickStepMs = 800;

/**
 * Whether the chart should show the newly active step at once rather than animate to it: the
 * first picture, steps skipped (an anchor, history, a fling), or a step that comes less than
 * {@link quickStepMs} after the previous change (a quick scroll, where each transition would be
 * cut short by the next and only cost frames: on a slow phone, the animated frames are the slow ones).
 *
 * @param previous index of the step active until now (-1 before the first picture)
 * @param next index of the newly active step
 * @param sincePreviousMs time since the previous change of step
 */
export function isJump(previous: number, next: number, sincePreviousMs: number): boolean {
  return previous === -1 || Math.abs(next - previous) > 1 || sincePreviousMs < quickStepMs;
}
