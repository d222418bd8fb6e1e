import type { EventRows } from "../../data/loadEvents.ts";
import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { TradeChartRows } from "./chartRows.ts";
import { compareByCountry, type ByCountryComparison } from "./byCountry.ts";
import { findComparisons, type ComparisonPoint } from "./comparisons.ts";
import { findCrossoverYear } from "./crossover.ts";
import { findFirstFall, findPeak, type SeriesMoment } from "./moments.ts";
import { segmentSeries, type SeriesSegment } from "./segments.ts";
import { buildSeries, type SeriesPoint, type TradeSeries } from "./series.ts";
import { byCountryRules, comparisonRules, seriesRules } from "./sourceRules.ts";
import { findTradeEvent, invasionEventPattern, type TradeEvent } from "./tradeEvent.ts";

/** A line with its drawing stretches. */
export interface ModelSeries extends TradeSeries {
  segments: SeriesSegment[];
}

/** Everything the layout needs, derived once from the rows: no number in it is typed by hand. */
export interface TradeModel {
  series: Record<TradePartner, ModelSeries>;
  /** First and last year on the time axis. */
  firstYear: number;
  lastYear: number;
  crossoverYear: number;
  /** China's first fall after the crossover (2009 in the data). */
  dip: Required<SeriesMoment>;
  /** The highest value of China's primary (IMF) series. */
  peak: SeriesMoment;
  /** The year before the comparison year on China's line, and whether it was the highest so far. */
  record: { point: SeriesPoint; isHighest: boolean };
  comparisonYear: number;
  comparisons: ComparisonPoint[];
  invasion: TradeEvent;
  byCountry: ByCountryComparison;
}

function required<T>(value: T | undefined, what: string): T {
  if (value === undefined) throw new Error(`central-asia-trade: cannot find ${what} in central-asia-trade.csv.`);
  return value;
}

/** Derives the chart's series, moments and comparisons from the CSV rows and events. Pure. */
export function buildTradeModel(rows: TradeChartRows, events: EventRows): TradeModel {
  const series = Object.fromEntries(
    seriesRules.map((rule) => {
      const built = buildSeries(rows, rule);
      return [rule.partner, { ...built, segments: segmentSeries(built, rule) }];
    }),
  ) as Record<TradePartner, ModelSeries>;
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
  return {
    series,
    firstYear: Math.min(...years),
    lastYear: comparisonYear,
    crossoverYear,
    dip: { point: dip.point, previous: required(dip.previous, "the year before the dip") },
    peak: required(findPeak(chnPrimary), "China's IMF series"),
    record: { point: recordPoint, isHighest: beforeLast.every((point) => point.value <= recordPoint.value) },
    comparisonYear,
    comparisons: findComparisons(rows, comparisonYear, comparisonRules),
    invasion: findTradeEvent(events, invasionEventPattern),
    byCountry: compareByCountry(rows, byCountryRules),
  };
}
