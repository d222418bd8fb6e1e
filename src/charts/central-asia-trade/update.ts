import { select } from "d3-selection";
import "d3-transition";
import { prefersReducedMotion } from "../../scrolly/prefersReducedMotion.ts";
import { drawInstantly, loadFrames, type ChartController, type ShowOptions } from "../shared/chartController.ts";
import type { ChartSize } from "./layout/dimensions.ts";
import type { TradeScene } from "./layout/scene.ts";
import {
  barAttributes,
  barParts,
  lineBaselines,
  pointAttributes,
  ruleAttributes,
  segmentAttributes,
  textAttributes,
  tickAttributes,
  type MarkAttributes,
} from "./render/marks.ts";
import { tradeSvg } from "./render/tradeSvg.ts";
import { drawTradeScrub, scrubYearsWithin } from "./scrubTrade.ts";
import { scrubValueAt, type ScrubRange } from "../shared/scrubRange.ts";

/** One state's drawings at both sizes, as the build wrote them into the figure. */
export interface TradeFrame {
  stateId: string;
  scenes: Record<ChartSize, TradeScene>;
  /** Accessible name of the chart, for a redrawn SVG. */
  title: string;
}

/** Length of a state change: long enough to follow a line, short enough not to lag a scroll. */
const duration = 500;
/** From this figure width the wide drawing fits (the compact one would blow its text past 17 px). */
const wideFrom = 680;

/** Moves the nodes matching `selector` to their data by key: `instant` attributes at once, `animated` ones tweened. */
function moveMarks<D>(
  svg: SVGSVGElement,
  selector: string,
  data: readonly D[],
  keyOf: (datum: D) => string,
  attributesOf: (datum: D) => MarkAttributes,
  isAnimated: boolean,
  each?: (node: Element, datum: D) => void,
): void {
  const byKey = new Map(data.map((datum) => [keyOf(datum), datum]));
  for (const node of svg.querySelectorAll(selector)) {
    const seriesKey = node.getAttribute("data-series-key");
    const datum = byKey.get(`${seriesKey ? `${seriesKey}-` : ""}${node.getAttribute("data-key") ?? ""}`);
    if (datum === undefined) continue;
    const { instant, animated } = attributesOf(datum);
    for (const [name, value] of Object.entries(instant)) {
      if (value === undefined) node.removeAttribute(name);
      else node.setAttribute(name, value);
    }
    const target = isAnimated ? select(node).transition().duration(duration) : select(node);
    for (const [name, value] of Object.entries(animated)) target.attr(name, value);
    each?.(node, datum);
  }
}

/** Moves one SVG's nodes to `scene`, matched by key; the markup's own attributes come from render/marks.ts. */
function drawScene(svg: SVGSVGElement, scene: TradeScene, isAnimated: boolean): void {
  const byKey = <D extends { key: string }>(datum: D) => datum.key;
  moveMarks(svg, '[data-tick="y"]', scene.yTicks, byKey, (tick) => tickAttributes(tick, "y"), isAnimated);
  moveMarks(svg, '[data-tick="x"]', scene.xTicks, byKey, (tick) => tickAttributes(tick, "x"), isAnimated);
  moveMarks(svg, "[data-rule]", scene.rules, byKey, ruleAttributes, isAnimated);
  for (const series of scene.series) {
    svg
      .querySelector(`[data-series][data-key="${series.key}"]`)
      ?.setAttribute("data-visible", String(series.isVisible));
  }
  moveMarks(
    svg,
    "[data-segment]",
    scene.series.flatMap((s) => s.segments),
    byKey,
    segmentAttributes,
    isAnimated,
  );
  moveMarks(
    svg,
    "[data-point]",
    scene.series.flatMap((s) => s.points),
    byKey,
    pointAttributes,
    isAnimated,
  );
  moveMarks(
    svg,
    "[data-bar]",
    scene.bars,
    (bar) => `${bar.seriesKey}-${bar.key}`,
    barAttributes,
    isAnimated,
    (node, bar) => {
      const parts = barParts(bar);
      const label = node.querySelector("text");
      if (label) label.textContent = bar.label;
      const rect = isAnimated
        ? select(node).select("rect").transition().duration(duration)
        : select(node).select("rect");
      rect.attr("width", parts.width);
      const text = isAnimated
        ? select(node).select("text").transition().duration(duration)
        : select(node).select("text");
      text.attr("x", parts.labelX);
    },
  );
  moveMarks(svg, "[data-text]", scene.texts, byKey, textAttributes, isAnimated, (node, text) => {
    const baselines = lineBaselines(scene, text.lines.length);
    const tspans = [...node.querySelectorAll("tspan")];
    text.lines.forEach((line, index) => {
      const tspan = tspans[index] ?? node.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "tspan"));
      tspan.setAttribute("x", "0");
      tspan.setAttribute("y", String(baselines[index]));
      tspan.textContent = line;
    });
    for (const extra of tspans.slice(text.lines.length)) extra.remove();
  });
  const description = svg.querySelector('[data-role="description"]');
  if (description) description.textContent = scene.description;
}

/**
 * Adopts the server-rendered trade chart inside `figure` and moves its nodes, matched by key, to
 * each state's precomputed scene. The page carries one drawing; when the figure is too wide or
 * too narrow for it, the same markup is redrawn at the other size (render/tradeSvg.ts). Browser
 * only: no scale, shape or layout code, since the build already computed every scene.
 */
export async function attachTradeChart(figure: HTMLElement): Promise<ChartController> {
  const frames = await loadFrames<TradeFrame>(figure);
  const found = figure.querySelector<HTMLElement>(".trade-chart");
  if (!found) throw new Error("The trade figure has no .trade-chart holder.");
  const holder: HTMLElement = found;
  let drawn = figure.dataset.state ?? "";
  // The scrub drawn now: a year of the state drawn, or none (the state whole).
  let scrubbed: number | undefined;
  const sizeFor = (): ChartSize => (holder.getBoundingClientRect().width >= wideFrom ? "wide" : "compact");
  const svg = () => holder.querySelector<SVGSVGElement>("svg");
  const sceneOf = (current: SVGSVGElement) =>
    frames.get(drawn)?.scenes[current.dataset.size === "wide" ? "wide" : "compact"];

  function drawScrub(year: number | undefined): void {
    const current = svg();
    const scene = current ? sceneOf(current) : undefined;
    if (current && scene) drawTradeScrub(figure, current, scene, year);
    scrubbed = year;
  }

  function scrub(stateId: string, range: ScrubRange | undefined, progress: number): number | undefined {
    if (stateId !== drawn) show(stateId, { isInstant: true });
    const current = svg();
    const scene = current ? sceneOf(current) : undefined;
    const year = range && scene ? scrubValueAt(scrubYearsWithin(scene, range.from, range.to), progress) : undefined;
    // The range's last year is the state itself, drawn whole with its own labels.
    const target = year === undefined || year === range?.to ? undefined : year;
    if (target !== scrubbed) drawScrub(target);
    return year;
  }

  function redraw(size: ChartSize): void {
    const frame = frames.get(drawn);
    const current = svg();
    if (!frame || !current || current.dataset.size === size) return;
    holder.innerHTML = tradeSvg(frame.scenes[size], {
      idPrefix: holder.dataset.idPrefix ?? "trade",
      title: frame.title,
      isDecorative: holder.hasAttribute("data-decorative"),
    });
    // The new drawing is the state whole: draw the scrub again where one was under way.
    if (scrubbed !== undefined) drawScrub(scrubbed);
  }

  function show(stateId: string, options: ShowOptions = {}): void {
    const frame = frames.get(stateId);
    if (!frame) throw new Error(`The trade chart has no frame for state "${stateId}".`);
    if (stateId === drawn) return;
    if (scrubbed !== undefined) drawScrub(undefined);
    // Asked at every change, so a reader who switches the setting mid-story is respected at once.
    const isAnimated = !options.isInstant && !prefersReducedMotion();
    const current = svg();
    if (!current) throw new Error("The trade chart has no SVG.");
    const draw = () =>
      drawScene(current, frame.scenes[current.dataset.size === "wide" ? "wide" : "compact"], isAnimated);
    if (isAnimated) draw();
    else {
      // A transition still running would go on tweening to the state before and end there.
      select(current).selectAll("*").interrupt();
      drawInstantly(figure, draw);
    }
    figure.dataset.state = stateId;
    drawn = stateId;
  }

  const observer = new ResizeObserver(() => redraw(sizeFor()));
  observer.observe(holder);
  redraw(sizeFor());
  return {
    show,
    announcement: () => frames.get(drawn)?.scenes.compact.announcement ?? "",
    stateIds: [...frames.keys()],
    scrub,
    destroy() {
      observer.disconnect();
      const current = svg();
      if (current) select(current).selectAll("*").interrupt();
    },
  };
}
