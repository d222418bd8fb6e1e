import type { ChartSize } from "./scene.ts";

/** Sizes of the point markers, in viewBox units. */
export interface MarkerSize {
  /** Radius of a data point (exact or lower bound). */
  point: number;
  /** Radius of a highlight ring. */
  focus: number;
  /** Side of the square turned into the diamond of another count. */
  comparison: number;
  /** The "over" caret above a lower bound: stem from `base` to `tip` above the point, head `half` wide each side. */
  caret: { base: number; tip: number; half: number };
  /** Only the latest lower bound shown on a line draws its caret (three carets a few units apart tangle). */
  isCaretOnLatestOnly: boolean;
}

/**
 * Per drawing: on the compact one the latest years are only about six units apart, so its
 * markers are smaller, and point and caret never touch the next year's.
 */
export const markerSizes: Readonly<Record<ChartSize, MarkerSize>> = {
  compact: {
    point: 2.5,
    focus: 6,
    comparison: 6.5,
    caret: { base: 4.5, tip: 12, half: 2.75 },
    isCaretOnLatestOnly: true,
  },
  wide: { point: 3.5, focus: 7, comparison: 8, caret: { base: 6, tip: 15, half: 3.5 }, isCaretOnLatestOnly: false },
};

/** SVG path of the caret (an upward arrow) for one drawing, relative to its point. */
export function caretPath(size: ChartSize): string {
  const { base, tip, half } = markerSizes[size].caret;
  return `M0,${-base}V${-tip}M${-half},${-(tip - half)}L0,${-tip}L${half},${-(tip - half)}`;
}
