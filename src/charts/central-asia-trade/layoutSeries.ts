import type { ScaleLinear } from "d3-scale";
import { line, type Line } from "d3-shape";
import type { TradeModel } from "./model.ts";
import { round } from "./round.ts";
import { yearX } from "./scales.ts";
import { markerSizes } from "./markers.ts";
import type { ChartSize, PointMark, SegmentMark, SeriesMark } from "./scene.ts";
import type { SeriesSegment } from "./segments.ts";
import type { SeriesPoint } from "./series.ts";
import { seriesRules } from "./sourceRules.ts";
import type { TradeStateSpec } from "./stateSpecs.ts";

/** Where the other counts of the latest year stand: just right of the plot, beside the lines' ends. */
export const comparisonOffset = 7;

type Scale = ScaleLinear<number, number>;

/** Highlight rings on the points the step text names, keyed by what they mark. */
function focusPoints(model: TradeModel, spec: TradeStateSpec): { key: string; point: SeriesPoint; isShown: boolean }[] {
  const chn = model.series.CHN.points;
  const crossover = chn.find((point) => point.year === model.crossoverYear);
  const shows = (id: string) => spec.view === "lines" && spec.annotations.some((annotation) => annotation === id);
  return [
    ...(crossover ? [{ key: "focus-crossover", point: crossover, isShown: shows("crossover") }] : []),
    { key: "focus-dip", point: model.dip.point, isShown: shows("dip") },
    { key: "focus-peak", point: model.peak.point, isShown: shows("peak") },
    { key: "focus-record", point: model.record.point, isShown: shows("record") },
  ];
}

/** Years of the lower bounds that draw their caret in this state (see MarkerSize.isCaretOnLatestOnly). */
function caretYears(points: readonly SeriesPoint[], to: number, size: ChartSize): Set<number> {
  const bounds = points.filter((point) => point.isLowerBound);
  if (!markerSizes[size].isCaretOnLatestOnly) return new Set(bounds.map((point) => point.year));
  const latest = bounds.filter((point) => point.year <= to).at(-1);
  return new Set(latest ? [latest.year] : []);
}

/**
 * A stretch drawn up to `to`: points not yet revealed sit on the last revealed one, so every
 * state's path has the same commands and the updater can tween it (the line grows, no clip).
 * A stretch with fewer than two revealed points is hidden.
 */
function revealSegment(
  segment: SeriesSegment,
  to: number,
  at: (point: SeriesPoint) => [number, number],
  path: Line<[number, number]>,
): SegmentMark {
  const revealed = segment.points.filter((point) => point.year <= to);
  const anchor = revealed.at(-1) ?? segment.points[0];
  const points = segment.points.map((point) => (point.year <= to || !anchor ? at(point) : at(anchor)));
  return {
    key: segment.key,
    basis: segment.basis,
    isDashed: segment.isDashed,
    isVisible: revealed.length >= 2,
    d: path(points) ?? "",
  };
}

/** The three lines: stretches as SVG paths, and the points drawn as marks, for one state. */
export function layoutSeriesMarks(
  model: TradeModel,
  spec: TradeStateSpec,
  scales: { x: Scale; y: Scale },
  size: ChartSize,
): SeriesMark[] {
  const { x, y } = scales;
  const to = spec.revealTo(model);
  const path = line<[number, number]>().digits(1);
  const at = (point: SeriesPoint): [number, number] => [round(yearX(x, point.year)), round(y(point.value))];
  const place = (point: SeriesPoint) => {
    const [cx, cy] = at(point);
    return { cx, cy };
  };
  const right = x.range()[1] ?? 0;
  return seriesRules.map((rule) => {
    const series = model.series[rule.partner];
    const isVisible = spec.series.includes(rule.partner);
    const carets = caretYears(series.points, to, size);
    // Only the continuation's points are marked: they are sparse statements, not a customs series.
    const points: PointMark[] = series.points
      .filter((point) => point.basis !== rule.primary.basis)
      .map((point) => ({
        key: `${rule.partner}-${point.year}`,
        kind: point.isLowerBound ? "lower-bound" : "point",
        ...place(point),
        hasCaret: carets.has(point.year),
        isVisible: isVisible && point.year <= to,
      }));
    const comparisons: PointMark[] = model.comparisons
      .filter((comparison) => comparison.partner === rule.partner)
      .map((comparison) => ({
        key: comparison.key,
        kind: "comparison",
        cx: round(right + comparisonOffset),
        cy: round(y(comparison.value)),
        hasCaret: false,
        isVisible: isVisible && spec.hasComparisons,
      }));
    const focus: PointMark[] =
      rule.partner !== "CHN"
        ? []
        : focusPoints(model, spec).map(({ key, point, isShown }) => ({
            key,
            kind: "focus",
            ...place(point),
            hasCaret: false,
            isVisible: isShown,
          }));
    return {
      key: rule.partner,
      isVisible,
      segments: series.segments.map((segment) => revealSegment(segment, to, at, path)),
      points: [...points, ...comparisons, ...focus],
    };
  });
}
