import type { SeriesPoint } from "./series.ts";

/** A point the story singles out, with the value before it when that matters (a fall). */
export interface SeriesMoment {
  point: SeriesPoint;
  previous?: SeriesPoint;
}

/** The first year-on-year fall after `afterYear` (consecutive years only), e.g. the 2009 dip. */
export function findFirstFall(points: readonly SeriesPoint[], afterYear: number): SeriesMoment | undefined {
  for (let index = 1; index < points.length; index += 1) {
    const previous = points[index - 1];
    const point = points[index];
    if (!previous || !point || point.year <= afterYear || point.year !== previous.year + 1) continue;
    if (point.value < previous.value) return { point, previous };
  }
  return undefined;
}

/** The highest value (the earliest if tied), e.g. the 2013 peak of the IMF China series. */
export function findPeak(points: readonly SeriesPoint[]): SeriesMoment | undefined {
  let peak: SeriesPoint | undefined;
  for (const point of points) if (!peak || point.value > peak.value) peak = point;
  return peak && { point: peak };
}
