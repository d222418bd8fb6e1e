import { select } from "d3-selection";
import "d3-transition";
import { drawInstantly, readFrames, type ChartController, type ShowOptions } from "../shared/chartController.ts";
import { prefersReducedMotion } from "../../scrolly/prefersReducedMotion.ts";
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

  function show(stateId: string, options: ShowOptions = {}): void {
    const frame = frames.get(stateId);
    if (!frame || stateId === drawn) return;
    // Asked at every change, so a reader who switches the setting mid-story is respected at once.
    const isAnimated = !options.isInstant && !prefersReducedMotion();
    const draw = () => {
      for (const svg of svgs) {
        const scene = frame.scenes.find((candidate) => candidate.size === svg.dataset.size);
        if (scene) drawScene(svg, scene, isAnimated);
      }
    };
    if (isAnimated) draw();
    else drawInstantly(figure, draw);
    figure.dataset.state = stateId;
    drawn = stateId;
  }

  return {
    show,
    announcement: () => frames.get(drawn ?? "")?.scenes[0]?.announcement ?? "",
    stateIds: [...frames.keys()],
    destroy() {
      // The chart holds no listeners or observers; only running transitions need stopping.
      for (const svg of svgs) select(svg).selectAll("*").interrupt();
    },
  };
}
