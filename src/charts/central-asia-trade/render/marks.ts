import { textBaseline, barLabelGap, valueLabelLift, yearTickLength, chartDimensions } from "../layout/dimensions.ts";
import type { BarMark, PointMark, RuleMark, SegmentMark, TextMark, TickMark, TradeScene } from "../layout/scene.ts";

/**
 * How each mark's data becomes SVG attributes: written once, used by the SVG markup
 * (tradeSvg.ts, at build time and when a drawing changes size) and by the browser updater
 * (update.ts), which sets `instant` at once and tweens `animated`.
 */
export interface MarkAttributes {
  instant: Record<string, string | undefined>;
  animated: Record<string, string | number>;
}

const visible = (isVisible: boolean) => String(isVisible);

/** A tick group: shown or hidden, slid along its axis. */
export function tickAttributes(tick: TickMark, axis: "x" | "y"): MarkAttributes {
  return {
    instant: { "data-visible": visible(tick.isVisible) },
    animated: { transform: axis === "y" ? `translate(0,${tick.position})` : `translate(${tick.position},0)` },
  };
}

/** A leader or a marker rule. */
export function ruleAttributes(rule: RuleMark): MarkAttributes {
  return {
    instant: { "data-visible": visible(rule.isVisible) },
    animated: { x1: rule.x1, y1: rule.y1, x2: rule.x2, y2: rule.y2 },
  };
}

/** A stretch of a line: every state's path has the same commands, so it tweens point by point. */
export function segmentAttributes(segment: SegmentMark): MarkAttributes {
  return { instant: { "data-visible": visible(segment.isVisible) }, animated: { d: segment.d } };
}

/** A point: its caret switches at once, its position moves. */
export function pointAttributes(point: PointMark): MarkAttributes {
  return {
    instant: {
      "data-visible": visible(point.isVisible),
      "data-caret": point.kind === "lower-bound" ? String(point.hasCaret) : undefined,
    },
    animated: { transform: `translate(${point.cx},${point.cy})` },
  };
}

/** A bar group; its rect's width and its label's x are {@link barParts}. */
export function barAttributes(bar: BarMark): MarkAttributes {
  return {
    instant: { "data-visible": visible(bar.isVisible) },
    animated: { transform: `translate(${bar.x},${bar.y})` },
  };
}

/** A bar's rect width and where its value label rides (just past the bar's end). */
export function barParts(bar: BarMark): { width: number; labelX: number } {
  return { width: bar.width, labelX: bar.width + barLabelGap };
}

/** A text block: its anchor switches at once, its position moves; its lines are {@link lineBaselines}. */
export function textAttributes(text: TextMark): MarkAttributes {
  return {
    instant: { "data-visible": visible(text.isVisible), "text-anchor": text.anchor },
    animated: { transform: `translate(${text.x},${text.y})` },
  };
}

/** The baseline of each line of a text block. */
export function lineBaselines(scene: Pick<TradeScene, "fontSize" | "lineHeight">, count: number): number[] {
  return Array.from({ length: count }, (_, index) => textBaseline(index, scene.fontSize, scene.lineHeight));
}

/** Where a tick's line and label sit inside its group, for the scene's plot. */
export function tickParts(scene: TradeScene, axis: "x" | "y") {
  const { plot } = scene;
  return axis === "y"
    ? { line: { x1: plot.left, x2: plot.right }, label: { x: plot.left, y: -valueLabelLift } }
    : {
        line: { y1: plot.bottom, y2: plot.bottom + yearTickLength },
        label: { y: plot.bottom + yearTickLength + scene.fontSize, "text-anchor": "middle" },
      };
}

/** SVG path of the "over" caret (an upward arrow) above a lower bound, for one drawing. */
export function caretPath(scene: Pick<TradeScene, "size">): string {
  const { base, tip, half } = chartDimensions[scene.size].markers.caret;
  return `M0,${-base}V${-tip}M${-half},${-(tip - half)}L0,${-tip}L${half},${-(tip - half)}`;
}
