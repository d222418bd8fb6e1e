/** A label to stack in a column: it would like its middle at `target`. */
export interface DodgeItem {
  key: string;
  target: number;
  height: number;
}

/**
 * Stacks labels in one column without overlap, each as close to its target as the others
 * allow, inside [min, max]. Returns the top edge of each label by key. Deterministic: ties
 * keep input order.
 */
export function dodge(items: readonly DodgeItem[], min: number, max: number, gap: number): Map<string, number> {
  const sorted = items
    .map((item, index) => ({ ...item, index }))
    .sort((a, b) => a.target - b.target || a.index - b.index);
  const tops = sorted.map((item) => item.target - item.height / 2);
  for (let i = 0; i < sorted.length; i += 1) {
    const above = i > 0 ? (tops[i - 1] ?? 0) + (sorted[i - 1]?.height ?? 0) + gap : min;
    tops[i] = Math.max(tops[i] ?? 0, above);
  }
  // Push back up from the bottom edge when the stack overflows it.
  for (let i = sorted.length - 1; i >= 0; i -= 1) {
    const below = i < sorted.length - 1 ? (tops[i + 1] ?? 0) - gap : max;
    tops[i] = Math.min(tops[i] ?? 0, below - (sorted[i]?.height ?? 0));
  }
  return new Map(sorted.map((item, i) => [item.key, tops[i] ?? 0]));
}
