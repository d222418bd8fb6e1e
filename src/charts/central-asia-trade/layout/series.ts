import type { ScaleLinear } from "d3-scale";
import { line, type Line } from "d3-shape";
import { round } from "../../shared/round.ts";
import type { TradeModel } from "../model/buildModel.ts";
import type { SourcedFigure } from "../model/points.ts";
import { seriesRules } from "../model/rules.ts";
import type { SeriesSegment } from "../model/series.ts";
import type { AnnotationId, TradeStateSpec } from "../states.ts";
import type { ChartDimensions } from "./dimensions.ts";
import { yearX } from "./scales.ts";
import type { PointMark, SegmentMark, SeriesMark } from "./scene.ts";

/** Where the other counts of the latest year stand: just right of the plot, beside the lines' ends. */
export const comparisonOffset = 7;

type Scale = ScaleLinear<number, number>;

/** Highlight rings on the points the step text names, keyed by what they mark. */
function focusPoints(model: TradeModel, spec: TradeStateSpec) {
  const crossover = model.series.CHN.points.find((point) => point.year === model.crossoverYear);
  const shows = (id: AnnotationId) => spec.view === "lines" && spec.annotations.includes(id);
  return [
    ...(crossover ? [{ key: "focus-crossover", point: crossover, isShown: shows("crossover") }] : []),
    { key: "focus-dip", point: model.dip.point, isShown: shows("dip") },
    { key: "focus-peak", point: model.peak.point, isShown: shows("peak") },
    { key: "focus-record", point: model.record.point, isShown: shows("record") },
  ];
}

/** Years of the lower bounds that draw their caret in this state (see MarkerSize.isCaretOnLatestOnly). */
function caretYears(points: readonly SourcedFigure[], to: number, dims: ChartDimensions): Set<number> {
  const bounds = points.filter((point) => point.isLowerBound);
  if (!dims.markers.isCaretOnLatestOnly) return new Set(bounds.map((point) => point.year));
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
  at: (point: SourcedFigure) => [number, number],
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
  dims: ChartDimensions,
): SeriesMark[] {
  const { x, y } = scales;
  const to = spec.revealTo(model);
  const path = line<[number, number]>().digits(1);
  const at = (point: SourcedFigure): [number, number] => [round(yearX(x, point.year)), round(y(point.amount.value))];
  const right = x.range()[1] ?? 0;
  return seriesRules.map((rule) => {
    const series = model.series[rule.partner];
    const isVisible = spec.series.includes(rule.partner);
    const carets = caretYears(series.points, to, dims);
    // Only the continuation's points are marked: they are sparse statements, not a customs series.
    const points: PointMark[] = series.points
      .filter((point) => point.basis !== rule.primary.slug)
      .map((point) => {
        const [cx, cy] = at(point);
        return {
          key: `${rule.partner}-${point.year}`,
          kind: point.isLowerBound ? "lower-bound" : "point",
          cx,
          cy,
          hasCaret: carets.has(point.year),
          isVisible: isVisible && point.year <= to,
        };
      });
    const comparisons: PointMark[] = model.comparisons
      .filter((comparison) => comparison.partner === rule.partner)
      .map((comparison) => ({
        key: comparison.key,
        kind: "comparison",
        cx: round(right + comparisonOffset),
        cy: round(y(comparison.amount.value)),
        hasCaret: false,
        isVisible: isVisible && spec.hasComparisons,
      }));
    const focus: PointMark[] =
      rule.partner !== "CHN"
        ? []
        : focusPoints(model, spec).map(({ key, point, isShown }) => {
            const [cx, cy] = at(point);
            return { key, kind: "focus", cx, cy, hasCaret: false, isVisible: isShown };
          });
    return {
      key: rule.partner,
      isVisible,
      segments: series.segments.map((segment) => revealSegment(segment, to, at, path)),
      points: [...points, ...comparisons, ...focus],
    };
  });
}
