import type { TradeScene } from "./layout/scene.ts";

/**
 * Draws a scrub of the trade chart at `year`: the lines and rules revealed up to that year's
 * points, and the readout of its figures (the state's own labels wait, see trade-marks.css).
 * Without a year, the state whole. Touches one clip rectangle and a few words, never the marks.
 */
export function drawTradeScrub(figure: HTMLElement, svg: SVGSVGElement, scene: TradeScene, year?: number): void {
  const scrub = scene.scrub;
  const isScrubbing = year !== undefined && scrub !== undefined;
  figure.toggleAttribute("data-scrubbing", isScrubbing);
  const rect = svg.querySelector('[data-role="reveal"]');
  if (!scrub || !rect) return;
  rect.setAttribute("width", String(isScrubbing ? (scrub.clip[year] ?? scene.width) : scene.width));
  if (!isScrubbing) return;
  const [heading, ...lines] = [...svg.querySelectorAll('[data-role="scrub-readout"] tspan')];
  if (heading) heading.textContent = String(year);
  const readout = scrub.readout[year] ?? [];
  lines.forEach((tspan, index) => {
    const line = readout[index];
    tspan.textContent = line?.text ?? "";
    if (line) tspan.setAttribute("data-tone", line.partner);
  });
}

/** The years of a scene's scrub within `from`–`to`, ascending. */
export function scrubYearsWithin(scene: TradeScene, from: number, to: number): number[] {
  return Object.keys(scene.scrub?.clip ?? {})
    .map(Number)
    .filter((year) => year >= from && year <= to)
    .sort((a, b) => a - b);
}
