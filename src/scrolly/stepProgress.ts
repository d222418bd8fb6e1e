/**
 * How far the reader is through a step: 0 as its top reaches the trigger line, 1 as its foot
 * does (clamped). A function of where the step is, never of the events that led there, so a
 * fling, a jump, a reload or the back button all give the same value for the same position.
 */
export function stepProgress(box: Pick<DOMRectReadOnly, "top" | "height"> | undefined, triggerY: number): number {
  if (!box || box.height <= 0) return 1;
  return Math.min(1, Math.max(0, (triggerY - box.top) / box.height));
}
