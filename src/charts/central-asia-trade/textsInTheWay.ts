import { boxesOverlap } from "../shared/boxes.ts";
import type { TextMark, TradeScene } from "./layout/scene.ts";
import { textBox } from "./layout/textBoxes.ts";

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
