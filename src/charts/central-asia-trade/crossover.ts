import type { SeriesPoint } from "./series.ts";

/**
 * The first year from which China's value exceeds Russia's in every later year where both
 * lines have an exact value. Lower bounds are left out: "over $42bn" cannot be ranked against
 * another figure. Undefined when China is not ahead in the latest comparable year.
 */
export function findCrossoverYear(chn: readonly SeriesPoint[], rus: readonly SeriesPoint[]): number | undefined {
  const exact = (points: readonly SeriesPoint[]) =>
    new Map(points.filter((point) => !point.isLowerBound).map((point) => [point.year, point.value]));
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
