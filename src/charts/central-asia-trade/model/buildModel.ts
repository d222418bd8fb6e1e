import type { Datasets } from "../../../data/datasets.ts";
import type { TradePartner } from "../../../schemas/tradeRow.ts";
import { compareByCountry, findComparisons, type ByCountryComparison, type ComparisonPoint } from "./comparisons.ts";
import { findMarkers, type MarkerId, type TradeMarker } from "./markers.ts";
import { findCrossoverYear, findFirstFall, findPeak, type SeriesMoment } from "./moments.ts";
import type { SourcedFigure } from "./points.ts";
import { comparisonRules, seriesRules } from "./rules.ts";
import { buildSeries, type TradeSeries } from "./series.ts";

/** Everything the layout and the words need, derived once from the rows: no number in it is typed by hand. */
export interface TradeModel {
  series: Record<TradePartner, TradeSeries>;
  /** First and last year on the time axis. */
  firstYear: number;
  lastYear: number;
  crossoverYear: number;
  /** China's first fall after the crossover (2009 in the data). */
  dip: Required<SeriesMoment>;
  /** The highest value of China's primary (IMF) series. */
  peak: SeriesMoment;
  /** The year before the comparison year on China's line, and whether it was the highest so far. */
  record: { point: SourcedFigure; isHighest: boolean };
  comparisonYear: number;
  comparisons: ComparisonPoint[];
  markers: Record<MarkerId, TradeMarker>;
  byCountry: ByCountryComparison;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`central-asia-trade: cannot find ${what} in central-asia-trade.csv.`);
  return value;
}

/** Derives the chart's series, moments, comparisons and markers from the trade and event rows. Pure. */
export function buildTradeModel(data: Pick<Datasets, "trade" | "events">): TradeModel {
  const series = Object.fromEntries(seriesRules.map((rule) => [rule.partner, buildSeries(data.trade, rule)])) as Record<
    TradePartner,
    TradeSeries
  >;
  const years = Object.values(series).flatMap((line) => line.points.map((point) => point.year));
  const chn = series.CHN;
  const chnPrimary = chn.points.filter((point) => point.year <= chn.lastPrimaryYear);
  const crossoverYear = required(
    findCrossoverYear(chn.points, series.RUS.points),
    "a year from which China leads Russia",
  );
  const dip = required(findFirstFall(chnPrimary, crossoverYear), `a fall in China's line after ${crossoverYear}`);
  const comparisonYear = Math.max(...years);
  const beforeLast = chn.points.filter((point) => point.year < comparisonYear);
  const recordPoint = required(beforeLast.at(-1), "a China value before the latest year");
  const markers = Object.fromEntries(findMarkers(data.events).map((marker) => [marker.id, marker]));
  return {
    series,
    firstYear: Math.min(...years),
    lastYear: comparisonYear,
    crossoverYear,
    dip: { point: dip.point, previous: required(dip.previous, "the year before the dip") },
    peak: required(findPeak(chnPrimary), "China's IMF series"),
    record: {
      point: recordPoint,
      isHighest: beforeLast.every((point) => point.amount.value <= recordPoint.amount.value),
    },
    comparisonYear,
    comparisons: findComparisons(data.trade, comparisonYear, comparisonRules),
    markers: markers as Record<MarkerId, TradeMarker>,
    byCountry: compareByCountry(data.trade),
  };
}
