/** One decimal is finer than a pixel at any size a chart is drawn, and keeps the frames small. */
export function round(value: number): number {
  return Math.round(value * 10) / 10;
}
