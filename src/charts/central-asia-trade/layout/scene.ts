import type { TradePartner } from "../../../schemas/tradeRow.ts";
import type { TradeStateId } from "../states.ts";
import type { ChartSize, Plot } from "./dimensions.ts";
import type { TradeScrub } from "./scrub.ts";

/** Colour of a text or mark: a series colour or the page's ink. */
export type Tone = TradePartner | "ink" | "muted";

/**
 * A block of text, one or more lines. `x`, `y` are the anchor point of the block's top edge
 * (left, centre or right by `anchor`); lines go downwards from there.
 */
export interface TextMark {
  key: string;
  x: number;
  y: number;
  anchor: "start" | "middle" | "end";
  lines: string[];
  tone: Tone;
  isStrong: boolean;
  isVisible: boolean;
}

/** A straight line: a leader from a note to its point, or a vertical event marker. */
export interface RuleMark {
  key: string;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  isVisible: boolean;
}

/** One stretch of a line (a d3-shape path). */
export interface SegmentMark {
  key: string;
  basis: string;
  isDashed: boolean;
  /** False until at least two of its points are revealed. */
  isVisible: boolean;
  d: string;
}

/** A point: an exact figure, an "over" figure (lower bound), another count, or a highlight ring. */
export interface PointMark {
  key: string;
  kind: "point" | "lower-bound" | "comparison" | "focus";
  cx: number;
  cy: number;
  /**
   * A lower bound draws its "over" caret. The compact drawing, where years are a few units apart,
   * draws it only on the latest lower bound shown; its earlier ones stay open circles.
   */
  hasCaret: boolean;
  isVisible: boolean;
}

/** A line with its stretches and points. */
export interface SeriesMark {
  key: TradePartner;
  isVisible: boolean;
  segments: SegmentMark[];
  points: PointMark[];
}

/** A tick with its gridline and label; `position` is y for the value axis, x for the time axis. */
export interface TickMark {
  key: string;
  position: number;
  label: string;
  isVisible: boolean;
}

/** One bar of the by-country view; a missing figure has no width and says so in its label. */
export interface BarMark {
  /** ISO3 of the Central Asian state. */
  key: string;
  seriesKey: "CHN" | "RUS";
  x: number;
  y: number;
  width: number;
  height: number;
  isMissing: boolean;
  label: string;
  isVisible: boolean;
}

/**
 * Everything one state looks like at one size, as plain data. Every state lists the same keyed
 * marks (hidden where unused), so the browser moves the same nodes from one state to the next.
 */
export interface TradeScene {
  stateId: TradeStateId;
  size: ChartSize;
  width: number;
  height: number;
  /** Text size and line spacing in viewBox units (multi-line labels are laid out with them). */
  fontSize: number;
  lineHeight: number;
  plot: Plot;
  /** Years revealed on the time axis. */
  revealed: { from: number; to: number };
  yTicks: TickMark[];
  xTicks: TickMark[];
  series: SeriesMark[];
  rules: RuleMark[];
  texts: TextMark[];
  bars: BarMark[];
  /** What a scrubbing step draws year by year (line states only). */
  scrub?: TradeScrub | undefined;
  /** Text alternative of the whole picture (the SVG's <desc>). */
  description: string;
  /** What this state shows, in a sentence or two, announced when the chart moves to it. */
  announcement: string;
}
