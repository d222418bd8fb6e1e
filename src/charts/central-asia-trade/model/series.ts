import type { TradePartner } from "../../../schemas/tradeRow.ts";
import { figureOf, rowsOf, type SourcedFigure, type TradeRows } from "./points.ts";
import type { SeriesRule } from "./rules.ts";

/** A stretch of a line drawn in one style: one basis, no missing year inside. */
export interface SeriesSegment {
  /** Stable key such as `CHN-imf-chn`, `RUS-statement` (a later stretch of the same basis adds `-2`). */
  key: string;
  basis: string;
  isDashed: boolean;
  points: SourcedFigure[];
}

/** A partner's region-total line: its points in year order and its drawing stretches. */
export interface TradeSeries {
  partner: TradePartner;
  points: SourcedFigure[];
  /** Last year of the primary source; the continuation only covers later years. */
  lastPrimaryYear: number;
  segments: SeriesSegment[];
}

/**
 * Splits a line where the basis changes or a year is missing. Across a basis change between
 * consecutive years the new stretch starts at the last point of the old one, so the line stays
 * continuous; across a missing year nothing is bridged, so the gap shows.
 */
export function segmentSeries(
  partner: TradePartner,
  points: readonly SourcedFigure[],
  rule: SeriesRule,
): SeriesSegment[] {
  const dashed = new Map([rule.primary, rule.continuation].flatMap((b) => (b ? [[b.slug, b.isDashed]] : [])));
  const segments: SeriesSegment[] = [];
  const runsPerBasis = new Map<string, number>();
  let previous: SourcedFigure | undefined;
  for (const point of points) {
    const current = segments.at(-1);
    const isConsecutive = previous !== undefined && point.year === previous.year + 1;
    if (current && isConsecutive && current.basis === point.basis) {
      current.points.push(point);
    } else {
      const run = (runsPerBasis.get(point.basis) ?? 0) + 1;
      runsPerBasis.set(point.basis, run);
      segments.push({
        key: `${partner}-${point.basis}${run > 1 ? `-${run}` : ""}`,
        basis: point.basis,
        isDashed: dashed.get(point.basis) ?? false,
        points: isConsecutive && previous ? [previous, point] : [point],
      });
    }
    previous = point;
  }
  return segments;
}

/**
 * Builds one line from the CA5 rows: the primary source's years, then the continuation's
 * years after the primary's last year. Missing years stay missing: nothing is interpolated.
 */
export function buildSeries(rows: TradeRows, rule: SeriesRule): TradeSeries {
  const primary = rowsOf(rows, rule.partner, "CA5", rule.primary.slug);
  if (primary.length === 0) {
    throw new Error(
      `central-asia-trade.csv has no CA5 row for ${rule.partner} from the "${rule.primary.slug}" source; the ${rule.partner} line needs it.`,
    );
  }
  const lastPrimaryYear = Math.max(...primary.map((row) => row.year));
  const { continuation } = rule;
  const later = continuation
    ? rowsOf(rows, rule.partner, "CA5", continuation.slug).filter((row) => row.year > lastPrimaryYear)
    : [];
  const points = [...primary, ...later].map(figureOf).sort((a, b) => a.year - b.year);
  return { partner: rule.partner, points, lastPrimaryYear, segments: segmentSeries(rule.partner, points, rule) };
}
