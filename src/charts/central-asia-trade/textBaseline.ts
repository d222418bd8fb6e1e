/**
 * Baseline of line `index` of a text block whose top edge is at 0: about one cap height down,
 * then one line height per line. Shared by the build-time SVG and the browser updater.
 */
export function textBaseline(index: number, fontSize: number, lineHeight: number): number {
  return Math.round((fontSize * 0.8 + index * lineHeight) * 10) / 10;
}
