import { select, type BaseType, type Selection } from "d3-selection";
import "d3-transition";
import type { BarMark, PointMark, RuleMark, TextMark, TickMark, TradeScene } from "./scene.ts";
import { textBaseline } from "./textBaseline.ts";

/** Length of a state change; long enough to follow a line, short enough not to lag a scroll. */
const duration = 500;

type Keyed = { key: string };
/** Marks joined to their data inside one SVG. */
type Joined<D> = Selection<BaseType, D, SVGSVGElement, undefined>;

/** The part of a selection or transition the updater uses: set attributes from the datum. */
interface AttrTarget<D> {
  attr(name: string, value: (this: BaseType, datum: D) => string | number): unknown;
}

/** Animated, or applied at once (reduced motion): both take the same attribute calls. */
function target<E extends BaseType, D, P extends BaseType, PD>(
  selection: Selection<E, D, P, PD>,
  isAnimated: boolean,
): AttrTarget<D> {
  return isAnimated ? selection.transition().duration(duration) : selection;
}

/** Joins `data` onto the server-rendered nodes matching `selector`, by key (see {@link nodeKey}). */
function join<D extends Keyed>(root: SVGSVGElement, selector: string, data: D[], keyOf = (d: D) => d.key): Joined<D> {
  return select(root)
    .selectAll<BaseType, D | undefined>(selector)
    .data<D>(data, function (this: BaseType | BaseType[] | ArrayLike<BaseType>, datum?: D) {
      return datum ? keyOf(datum) : nodeKey(this as Element);
    });
}

/** Key of a node never bound to data yet (the server-rendered ones): its data attributes. */
function nodeKey(node: Element): string {
  const seriesKey = node.getAttribute("data-series-key");
  const key = node.getAttribute("data-key") ?? "";
  return seriesKey ? `${seriesKey}-${key}` : key;
}

const setVisible = <D extends { isVisible: boolean }>(selection: Joined<D>) =>
  selection.attr("data-visible", (d) => String(d.isVisible));

/** Rewrites a text block's lines, adding or removing tspans only when the count changes. */
function setLines(selection: Joined<TextMark>, scene: TradeScene): void {
  selection.each(function (this: BaseType, text) {
    const tspans = select(this as Element)
      .selectAll<SVGTSpanElement, string>("tspan")
      .data(text.lines);
    tspans.exit().remove();
    tspans
      .enter()
      .append("tspan")
      .attr("x", 0)
      .attr("y", (_, i) => textBaseline(i, scene.fontSize, scene.lineHeight))
      .merge(tspans)
      .text((line) => line);
  });
}

function drawAxes(svg: SVGSVGElement, scene: TradeScene, isAnimated: boolean): void {
  const ticks = (axis: string, data: TickMark[], transform: (d: TickMark) => string) =>
    target(setVisible(join(svg, `[data-tick="${axis}"]`, data)), isAnimated).attr("transform", transform);
  ticks("y", scene.yTicks, (d) => `translate(0,${d.position})`);
  ticks("x", scene.xTicks, (d) => `translate(${d.position},0)`);
  const rules = target(setVisible(join<RuleMark>(svg, "[data-rule]", scene.rules)), isAnimated);
  for (const name of ["x1", "y1", "x2", "y2"] as const) rules.attr(name, (d) => d[name]);
}

function drawSeries(svg: SVGSVGElement, scene: TradeScene, isAnimated: boolean): void {
  setVisible(join(svg, "[data-series]", scene.series));
  const segments = setVisible(
    join(
      svg,
      "[data-segment]",
      scene.series.flatMap((s) => s.segments),
    ),
  );
  // Every state's path has the same commands (see layoutSeries.ts), so the tween is point by point.
  target(segments, isAnimated).attr("d", (d) => d.d);
  const points = setVisible(
    join<PointMark>(
      svg,
      "[data-point]",
      scene.series.flatMap((s) => s.points),
    ),
  );
  points.filter('[data-kind="lower-bound"]').attr("data-caret", (d) => String(d.hasCaret));
  target(points, isAnimated).attr("transform", (d) => `translate(${d.cx},${d.cy})`);
}

/** Bars grow from and shrink to zero width; their value label rides on the bar's end. */
function drawBars(svg: SVGSVGElement, data: BarMark[], isAnimated: boolean): void {
  const bars = setVisible(join(svg, "[data-bar]", data, (d) => `${d.seriesKey}-${d.key}`));
  target(bars, isAnimated).attr("transform", (d) => `translate(${d.x},${d.y})`);
  target(bars.select("rect"), isAnimated).attr("width", (d) => d.width);
  const labels = bars.select("text").text((d) => d.label);
  target(labels, isAnimated).attr("x", (d) => d.width + 5);
}

function drawTexts(svg: SVGSVGElement, scene: TradeScene, isAnimated: boolean): void {
  const texts = setVisible(join<TextMark>(svg, "[data-text]", scene.texts)).attr("text-anchor", (d) => d.anchor);
  setLines(texts, scene);
  target(texts, isAnimated).attr("transform", (d) => `translate(${d.x},${d.y})`);
  select(svg).select('[data-role="description"]').text(scene.description);
}

/**
 * Moves one SVG's server-rendered nodes to `scene`, matched by key: visibility switches at once
 * (CSS fades it), geometry is tweened, or set at once when `isAnimated` is false.
 */
export function drawScene(svg: SVGSVGElement, scene: TradeScene, isAnimated: boolean): void {
  drawAxes(svg, scene, isAnimated);
  drawSeries(svg, scene, isAnimated);
  drawBars(svg, scene.bars, isAnimated);
  drawTexts(svg, scene, isAnimated);
}
