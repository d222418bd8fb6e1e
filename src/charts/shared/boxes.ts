/** An axis-aligned rectangle in viewBox units. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** True when the boxes overlap or come closer than `gap`. */
export function boxesOverlap(a: Box, b: Box, gap = 0): boolean {
  return a.left < b.right + gap && b.left < a.right + gap && a.top < b.bottom + gap && b.top < a.bottom + gap;
}

/**
 * The one obstacle-avoiding placer of the charts: tries the candidate positions in order and
 * returns the first whose box keeps `gap` clear of every obstacle, passes `isAllowed` and, if any
 * can, `isPreferred` (a softer wish, such as staying off the lines); else the first candidate,
 * or nothing when `isOptional` (a label that may be left out rather than overlap). `boxOf` gives
 * the box a label would take at a candidate position.
 */
export function placeClear<Candidate>(
  candidates: readonly Candidate[],
  boxOf: (candidate: Candidate) => Box,
  obstacles: readonly Box[],
  options: {
    gap?: number;
    isAllowed?: (box: Box) => boolean;
    isPreferred?: (box: Box) => boolean;
    isOptional?: boolean;
  } = {},
): Candidate | undefined {
  const { gap = 0, isAllowed = () => true, isPreferred = () => true, isOptional = false } = options;
  const isClear = (candidate: Candidate) => {
    const box = boxOf(candidate);
    return isAllowed(box) && obstacles.every((obstacle) => !boxesOverlap(box, obstacle, gap));
  };
  return (
    candidates.find((candidate) => isClear(candidate) && isPreferred(boxOf(candidate))) ??
    candidates.find(isClear) ??
    (isOptional ? undefined : candidates[0])
  );
}
