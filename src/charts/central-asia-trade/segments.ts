import type { SeriesPoint, TradeSeries } from "./series.ts";
import type { SeriesRule } from "./sourceRules.ts";

/** A stretch of a line drawn in one style: one basis, no missing year inside. */
export interface SeriesSegment {
  /** Stable key such as `CHN-dots`, `RUS-statement` (a later stretch of the same basis adds `-2`). */
  key: string;
  basis: string;
  isDashed: boolean;
  points: SeriesPoint[];
}

/**
 * Splits a line where the basis changes or a year is missing. Across a basis change between
 * consecutive years the new stretch starts at the last point of the old one, so the line stays
 * continuous; across a missing year nothing is bridged, so the gap shows.
 */
export function segmentSeries(series: TradeSeries, rule: SeriesRule): SeriesSegment[] {
  const dashed = new Map([rule.primary, rule.continuation].flatMap((b) => (b ? [[b.basis, b.isDashed]] : [])));
  const segments: SeriesSegment[] = [];
  const runsPerBasis = new Map<string, number>();
  let previous: SeriesPoint | undefined;
  for (const point of series.points) {
    const current = segments.at(-1);
    const isConsecutive = previous !== undefined && point.year === previous.year + 1;
    if (current && isConsecutive && current.basis === point.basis) {
      current.points.push(point);
    } else {
      const run = (runsPerBasis.get(point.basis) ?? 0) + 1;
      runsPerBasis.set(point.basis, run);
      segments.push({
        key: `${series.partner}-${point.basis}${run > 1 ? `-${run}` : ""}`,
        basis: point.basis,
        isDashed: dashed.get(point.basis) ?? false,
        points: isConsecutive && previous ? [previous, point] : [point],
      });
    }
    previous = point;
  }
  return segments;
}
