import type { TextMark, TradeScene } from "./layout/scene.ts";
import { textsInTheWay } from "./textsInTheWay.ts";
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
import { interruptTween, tweenAttributes } from "../shared/tweenAttributes.ts";
import { setAttributeIfChanged, setAttributesIfChanged, setTextIfChanged } from "../shared/writeIfChanged.ts";

/**
 * The trade chart's marks moved to a scene in the browser: each node the build drew, found by its
 * key, gets the scene's attributes (tweened or at once) and its words. The markup's own attributes
 * come from render/marks.ts, so the page's first drawing and every later one agree.
 */

/** Length of a state change: long enough to follow a line, short enough not to lag a scroll. */
const duration = 500;

/**
 * Moves the nodes matching `selector` to their data by key: `instant` attributes at once, `animated`
 * ones tweened. A mark being hidden stays where it is (it fades out there) and one being shown
 * appears in its place, so a change of state writes only the marks it shows: the chart holds every
 * state's marks, and moving the hidden ones too doubled the writes of each step (issue #24).
 */
function moveMarks<D>(
  svg: SVGSVGElement,
  selector: string,
  data: readonly D[],
  keyOf: (datum: D) => string,
  attributesOf: (datum: D) => MarkAttributes,
  isAnimated: boolean,
  each?: (node: Element, datum: D, isAnimated: boolean) => void,
): void {
  const byKey = new Map(data.map((datum) => [keyOf(datum), datum]));
  for (const node of svg.querySelectorAll(selector)) {
    const seriesKey = node.getAttribute("data-series-key");
    const datum = byKey.get(`${seriesKey ? `${seriesKey}-` : ""}${node.getAttribute("data-key") ?? ""}`);
    if (datum === undefined) continue;
    const { instant, animated } = attributesOf(datum);
    const wasShown = node.getAttribute("data-visible") !== "false";
    const isLeaving = wasShown && instant["data-visible"] === "false";
    // A mark on its way out keeps its look while it fades (a note turning its anchor would jump
    // across the chart); one hidden already takes the scene's attributes unseen.
    if (isLeaving) setAttributeIfChanged(node, "data-visible", "false");
    else setAttributesIfChanged(node, instant);
    // A mark on its way elsewhere is stopped first, so it cannot end at the old place.
    interruptTween(node);
    if (instant["data-visible"] === "false") continue;
    const isTweened = isAnimated && wasShown;
    if (isTweened) {
      // A mark already where it goes gets no transition (each one is a timer ticking for its length).
      const moving = Object.entries(animated).filter(([name, value]) => node.getAttribute(name) !== String(value));
      if (moving.length > 0) tweenAttributes(node, Object.fromEntries(moving), duration);
    } else {
      for (const [name, value] of Object.entries(animated)) setAttributeIfChanged(node, name, String(value));
    }
    each?.(node, datum, isTweened);
  }
}

/** A bar's length and its label's place and words. */
function moveBarParts(node: Element, bar: TradeScene["bars"][number], isAnimated: boolean): void {
  const parts = barParts(bar);
  const rect = node.querySelector("rect");
  const label = node.querySelector("text");
  if (label) setTextIfChanged(label, bar.label);
  if (!rect || !label) return;
  if (isAnimated) {
    tweenAttributes(rect, { width: parts.width }, duration);
    tweenAttributes(label, { x: parts.labelX }, duration);
  } else {
    interruptTween(rect);
    interruptTween(label);
    setAttributeIfChanged(rect, "width", String(parts.width));
    setAttributeIfChanged(label, "x", String(parts.labelX));
  }
}

/** A text's lines, one tspan each on its baseline (tspans added or removed to match). */
function writeLines(node: Element, lines: readonly string[], baselines: readonly number[]): void {
  const tspans = [...node.querySelectorAll("tspan")];
  lines.forEach((line, index) => {
    const tspan = tspans[index] ?? node.appendChild(document.createElementNS("http://www.w3.org/2000/svg", "tspan"));
    setAttributesIfChanged(tspan, { x: "0", y: String(baselines[index]) });
    setTextIfChanged(tspan, line);
  });
  for (const extra of tspans.slice(lines.length)) extra.remove();
}

/**
 * Moves the texts, each with its words: sliding with its line, or, for names that would run into
 * another on the way (textsInTheWay.ts), at once, fading in there once the lines have moved
 * (`data-arrive` alternates between two names of one CSS animation, so each change restarts it;
 * trade-marks.css).
 */
function moveTexts(svg: SVGSVGElement, scene: TradeScene, isAnimated: boolean): void {
  const crossing = isAnimated ? textsInTheWay(svg, scene) : new Set<string>();
  const write = (node: Element, text: TextMark) =>
    writeLines(node, text.lines, lineBaselines(scene, text.lines.length));
  const byKey = (text: TextMark) => text.key;
  const isCrossing = (text: TextMark) => crossing.has(text.key);
  moveMarks(
    svg,
    "[data-text]",
    scene.texts.filter((text) => !isCrossing(text)),
    byKey,
    textAttributes,
    isAnimated,
    (node, text) => {
      // An arrival still fading in from an earlier change is stopped with it.
      if (!isAnimated) setAttributeIfChanged(node, "data-arrive", undefined);
      write(node, text);
    },
  );
  moveMarks(svg, "[data-text]", scene.texts.filter(isCrossing), byKey, textAttributes, false, (node, text) => {
    node.setAttribute("data-arrive", node.getAttribute("data-arrive") === "a" ? "b" : "a");
    write(node, text);
  });
}

/** Moves one SVG's nodes to `scene`, matched by key; the markup's own attributes come from render/marks.ts. */
export function drawScene(svg: SVGSVGElement, scene: TradeScene, isAnimated: boolean): void {
  const byKey = <D extends { key: string }>(datum: D) => datum.key;
  moveMarks(svg, '[data-tick="y"]', scene.yTicks, byKey, (tick) => tickAttributes(tick, "y"), isAnimated);
  moveMarks(svg, '[data-tick="x"]', scene.xTicks, byKey, (tick) => tickAttributes(tick, "x"), isAnimated);
  moveMarks(svg, "[data-rule]", scene.rules, byKey, ruleAttributes, isAnimated);
  for (const series of scene.series) {
    const group = svg.querySelector(`[data-series][data-key="${series.key}"]`);
    if (group) setAttributeIfChanged(group, "data-visible", String(series.isVisible));
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
    moveBarParts,
  );
  moveTexts(svg, scene, isAnimated);
  const description = svg.querySelector('[data-role="description"]');
  if (description) setTextIfChanged(description, scene.description);
}
