/** The two drawings laid out at build time; the browser draws the one that fits the figure. */
export const chartSizes = ["compact", "wide"] as const;

/** One of {@link chartSizes}. */
export type ChartSize = (typeof chartSizes)[number];

/** Geometry of one drawing, in viewBox units. */
export interface ChartDimensions {
  width: number;
  height: number;
  margin: { top: number; right: number; bottom: number; left: number };
  /** Body text size; the CSS sets the same value so estimates here match the drawing. */
  fontSize: number;
  lineHeight: number;
  /** Room at the plot's left for the value labels, which sit on their gridlines; the lines start right of it. */
  axisGutter: number;
  /** About how many year labels the time axis gets. */
  yearTicks: number;
  /** Width of the country-name column of the bar view. */
  nameColumn: number;
  barHeight: number;
  /** Longest line, in characters, that the label column holds. */
  columnChars: number;
  /** Longest line, in characters, of a marker's label. */
  markerChars: number;
  markers: MarkerSize;
}

/** Sizes of the point markers, in viewBox units. */
export interface MarkerSize {
  /** Radius of a data point (exact or lower bound). */
  point: number;
  /** Radius of a highlight ring. */
  focus: number;
  /** Side of the square turned into the diamond of another count. */
  comparison: number;
  /** The "over" caret above a lower bound: stem from `base` to `tip` above the point, head `half` wide each side. */
  caret: { base: number; tip: number; half: number };
  /** Only the latest lower bound shown on a line draws its caret (three carets a few units apart tangle). */
  isCaretOnLatestOnly: boolean;
}

/**
 * Compact is drawn for phones (from 304 px wide at a 320 px viewport, where 13 units render at
 * 11.4 px, up to a 680 px figure); wide for tablets and desktops. The right margin holds the
 * direct labels at the lines' ends.
 */
export const chartDimensions: Readonly<Record<ChartSize, ChartDimensions>> = {
  compact: {
    width: 348,
    height: 348,
    margin: { top: 18, right: 120, bottom: 24, left: 4 },
    fontSize: 13,
    lineHeight: 15,
    axisGutter: 36,
    yearTicks: 3,
    nameColumn: 114,
    barHeight: 16,
    columnChars: 13,
    markerChars: 14,
    markers: {
      point: 2.5,
      focus: 6,
      comparison: 6.5,
      caret: { base: 4.5, tip: 12, half: 2.75 },
      isCaretOnLatestOnly: true,
    },
  },
  wide: {
    width: 760,
    height: 440,
    margin: { top: 18, right: 200, bottom: 26, left: 6 },
    fontSize: 13,
    lineHeight: 16,
    axisGutter: 44,
    yearTicks: 6,
    nameColumn: 116,
    barHeight: 22,
    columnChars: 23,
    markerChars: 22,
    markers: {
      point: 3.5,
      focus: 7,
      comparison: 8,
      caret: { base: 6, tip: 15, half: 3.5 },
      isCaretOnLatestOnly: false,
    },
  },
};

/** The plot rectangle inside the margins. */
export interface Plot {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The plot rectangle of a drawing. */
export function plotOf(dims: ChartDimensions): Plot {
  const { margin } = dims;
  return { left: margin.left, top: margin.top, right: dims.width - margin.right, bottom: dims.height - margin.bottom };
}

/**
 * Baseline of line `index` of a text block whose top edge is at 0: about one cap height down,
 * then one line height per line. Used by the layout's boxes, the SVG and the browser updater.
 */
export function textBaseline(index: number, fontSize: number, lineHeight: number): number {
  return Math.round((fontSize * 0.8 + index * lineHeight) * 10) / 10;
}

/** How far a value label sits above its gridline, to its baseline. */
export const valueLabelLift = 4;
/** Length of a year tick below the axis; its label's top starts there. */
export const yearTickLength = 4;
/** Space between a bar's end and its value label. */
export const barLabelGap = 5;
