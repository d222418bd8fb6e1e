/** A scrub range as an editor writes it in MDX: `scrub="1995-2008"`, from one value to another. */
export interface ScrubRange {
  from: number;
  to: number;
}

/** Reads `"1995-2008"` (an en dash is accepted too); undefined when it is not two whole numbers. */
export function parseScrubRange(text: string): ScrubRange | undefined {
  const match = /^\s*(\d+)\s*[-–]\s*(\d+)\s*$/.exec(text);
  if (!match) return undefined;
  return { from: Number(match[1]), to: Number(match[2]) };
}

/**
 * The value drawn at `progress` (0 at the step's start, 1 at its end) of a scrub through
 * `values` (ascending, the range's own): the nearest step of the way, so 0 draws the first
 * value and 1 the last. A pure function, so the same position always draws the same picture.
 */
export function scrubValueAt(values: readonly number[], progress: number): number | undefined {
  if (values.length === 0) return undefined;
  const clamped = Math.min(1, Math.max(0, progress));
  return values[Math.round(clamped * (values.length - 1))];
}
