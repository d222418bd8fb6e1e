import { boxesOverlap } from "../shared/boxes.ts";
import type { TextMark, TradeScene } from "./layout/scene.ts";
import { textBox } from "./layout/textBoxes.ts";
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

/** A shown text's place now, from its `translate(x,y)`. */
function placeOf(node: Element): { x: number; y: number } | undefined {
  const match = /translate\(([-\d.e]+),([-\d.e]+)\)/.exec(node.getAttribute("transform") ?? "");
  return match ? { x: Number(match[1]), y: Number(match[2]) } : undefined;
}

/** Moments of a change (as shares of its eased course, the same for every mark) at which the names are compared. */
const courseSamples = [0, 0.2, 0.4, 0.6, 0.8];

/** A leaving name fades out over the first share of the course (trade-marks.css: 150 ms of 500). */
const leavingShare = 0.4;

/**
 * The keys of the texts that would run into another on their way to `scene`: names shown before
 * and after whose estimated boxes (layout/textBoxes.ts) meet at some moment of the move, their
 * new words already written (China's name passing the EU's as its line does, or reaching a note
 * that is still fading out). All marks tween together, so a moment is the same share of every
 * course. Those names jump to their place and fade in there instead (moveTexts).
 */
export function textsInTheWay(svg: SVGSVGElement, scene: TradeScene): Set<string> {
  const shownNow = new Map(
    [...svg.querySelectorAll('[data-text]:not([data-visible="false"])')].flatMap((node) => {
      const from = placeOf(node);
      return from ? [[node.getAttribute("data-key") ?? "", { node, from }] as const] : [];
    }),
  );
  const moving = scene.texts.flatMap((text) => {
    const now = text.isVisible ? shownNow.get(text.key) : undefined;
    return now ? [{ text, from: now.from }] : [];
  });
  const staying = new Set(moving.map(({ text }) => text.key));
  // A name on its way out, as it stands (the scene may not hold it at all).
  const leaving = [...shownNow].flatMap(([key, { node, from }]) =>
    staying.has(key)
      ? []
      : [
          {
            key,
            ...from,
            anchor: (node.getAttribute("text-anchor") ?? "start") as TextMark["anchor"],
            lines: [...node.querySelectorAll("tspan")].map((tspan) => tspan.textContent ?? ""),
            isStrong: node.getAttribute("data-strong") === "true",
          },
        ],
  );
  const inTheWay = new Set<string>();
  for (const share of courseSamples) {
    const boxes = [
      ...moving.map(({ text, from }) => ({
        key: text.key,
        isMoving: true,
        box: textBox(
          { ...text, x: from.x + (text.x - from.x) * share, y: from.y + (text.y - from.y) * share },
          scene.fontSize,
          scene.lineHeight,
        ),
      })),
      ...(share < leavingShare ? leaving : []).map((text) => ({
        key: text.key,
        isMoving: false,
        box: textBox(text, scene.fontSize, scene.lineHeight),
      })),
    ];
    for (const [index, a] of boxes.entries()) {
      for (const b of boxes.slice(index + 1)) {
        if (!boxesOverlap(a.box, b.box)) continue;
        if (a.isMoving) inTheWay.add(a.key);
        if (b.isMoving) inTheWay.add(b.key);
      }
    }
  }
  return inTheWay;
}

/**
 * Moves the texts, each with its words: sliding with its line, or, for names that would pass
 * through one another (textsInTheWay), at once and fading in once the lines have moved (`data-arrive` alternates
 * between two names of the same CSS animation, so each change starts it again; trade-marks.css).
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
