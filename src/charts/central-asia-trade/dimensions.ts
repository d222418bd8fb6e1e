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
    nameColumn: 116,
    barHeight: 22,
  },
};

/**
 * Advance of a character as a share of the font size, by kind, rounded up from DejaVu Sans (the
 * widest of the system sans-serifs the chart may get: figures 0.636, "s" 0.521, "i" 0.278); the
 * other fonts of the stack run narrower, so an estimate errs towards more room, never less.
 */
function charWidth(char: string): number {
  if (/[0-9$]/.test(char)) return 0.64;
  if (/[\s.,:;'’!|ijl]/.test(char)) return 0.34;
  if (/[ftr()-]/.test(char)) return 0.45;
  if (/[scz]/.test(char)) return 0.56;
  if (/[mwMW]/.test(char)) return 1;
  if (/[A-Z]/.test(char)) return 0.8;
  return 0.64;
}

/** Estimated width of a line of text; the layout has no DOM to measure with. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let width = 0;
  for (const char of text) width += charWidth(char);
  return width * fontSize;
}
