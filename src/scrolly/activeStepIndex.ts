/**
 * Index of the active step: the last step whose top edge has reached the trigger line.
 * Before the first step reaches it the first step is active; after the last, the last.
 * A pure function of layout, so reloads, jumps and fast scrolls all agree with slow scrolling.
 *
 * @param stepTops top edge of each step, in px from the top of the viewport, in order
 * @param triggerY the trigger line, in px from the top of the viewport
 */
export function activeStepIndex(stepTops: readonly number[], triggerY: number): number {
  let active = 0;
  stepTops.forEach((top, index) => {
    if (top <= triggerY) active = index;
  });
  return active;
}
