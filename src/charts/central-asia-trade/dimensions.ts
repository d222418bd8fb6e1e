import type { ChartSize } from "./scene.ts";

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
}

/**
 * Compact is drawn for phones (from 304 px wide at a 320 px viewport, where 13 units render at
 * 11.4 px, up to 680 px);
 * wide for tablets and desktops. The right margin holds the direct labels at the lines' ends.
 */
export const chartDimensions: Readonly<Record<ChartSize, ChartDimensions>> = {
  compact: {
    width: 348,
    height: 348,
    margin: { top: 14, right: 120, bottom: 24, left: 4 },
    fontSize: 13,
    lineHeight: 15,
    axisGutter: 36,
    yearTicks: 3,
    nameColumn: 114,
    barHeight: 16,
  },
  wide: {
    width: 760,
    height: 440,
    margin: { top: 18, right: 200, bottom: 26, left: 6 },
    fontSize: 13,
    lineHeight: 16,
    axisGutter: 44,
    yearTicks: 6,
    nameColumn: 112,
    barHeight: 22,
  },
};

/** Average advance of a character of the sans-serif stack, as a share of the font size. */
const averageCharWidth = 0.58;

/** Estimated width of a line of text; the layout has no DOM to measure with. */
export function estimateTextWidth(text: string, fontSize: number): number {
  return text.length * fontSize * averageCharWidth;
}
