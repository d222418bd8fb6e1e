import type { SourcedFigure } from "./points.ts";

/** A point the story singles out, with the value before it when that matters (a fall). */
export interface SeriesMoment {
  point: SourcedFigure;
  previous?: SourcedFigure;
}

/**
 * The first year from which China's value exceeds Russia's in every later year where both
 * lines have an exact value. Lower bounds are left out: "over $42bn" cannot be ranked against
 * another figure. Undefined when China is not ahead in the latest comparable year.
 */
export function findCrossoverYear(chn: readonly SourcedFigure[], rus: readonly SourcedFigure[]): number | undefined {
  const exact = (points: readonly SourcedFigure[]) =>
    new Map(points.filter((point) => !point.isLowerBound).map((point) => [point.year, point.amount.value]));
  const chnByYear = exact(chn);
  const rusByYear = exact(rus);
  const years = [...chnByYear.keys()].filter((year) => rusByYear.has(year)).sort((a, b) => a - b);
  let crossover: number | undefined;
  for (const year of years) {
    const isChinaAhead = (chnByYear.get(year) ?? 0) > (rusByYear.get(year) ?? 0);
    if (!isChinaAhead) crossover = undefined;
    else crossover ??= year;
  }
  return crossover;
}

/** The first year-on-year fall after `afterYear` (consecutive years only), e.g. the 2009 dip. */
export function findFirstFall(points: readonly SourcedFigure[], afterYear: number): SeriesMoment | undefined {
  for (let index = 1; index < points.length; index += 1) {
    const previous = points[index - 1];
    const point = points[index];
    if (!previous || !point || point.year <= afterYear || point.year !== previous.year + 1) continue;
    if (point.amount.value < previous.amount.value) return { point, previous };
  }
  return undefined;
}

/** The highest value (the earliest if tied), e.g. the 2013 peak of the IMF China series. */
export function findPeak(points: readonly SourcedFigure[]): SeriesMoment | undefined {
  let peak: SourcedFigure | undefined;
  for (const point of points) if (!peak || point.amount.value > peak.amount.value) peak = point;
  return peak && { point: peak };
}
