import { select } from "d3-selection";
import "d3-transition";
import { readFrames, type ChartController } from "../shared/chartController.ts";
import { drawScene } from "./drawScene.ts";
import type { TradeFrame } from "./prepareTradeChart.ts";

/**
 * Adopts the server-rendered trade chart inside `figure` (both of its drawings) and moves the
 * same nodes, matched by key, to each state's precomputed scene. Browser only; imports no scale,
 * shape or layout code, since the build already computed every frame.
 */
export function attachTradeChart(figure: HTMLElement): ChartController {
  const frames = readFrames<TradeFrame>(figure);
  const svgs = [...figure.querySelectorAll<SVGSVGElement>("svg[data-size]")];
  let drawn = figure.dataset.state;

  function show(stateId: string): void {
    const frame = frames.get(stateId);
    if (!frame || stateId === drawn) return;
    // Asked at every change, so a reader who switches the setting mid-story is respected at once.
    const isAnimated = !window.matchMedia("(prefers-reduced-motion: reduce)").matches;
    for (const svg of svgs) {
      const scene = frame.scenes.find((candidate) => candidate.size === svg.dataset.size);
      if (scene) drawScene(svg, scene, isAnimated);
    }
    figure.dataset.state = stateId;
    drawn = stateId;
  }

  return {
    show,
    stateIds: [...frames.keys()],
    destroy() {
      // The chart holds no listeners or observers; only running transitions need stopping.
      for (const svg of svgs) select(svg).selectAll("*").interrupt();
    },
  };
}
