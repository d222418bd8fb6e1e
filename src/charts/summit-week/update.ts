import { frameController, loadFrames, requireRole, type ChartController } from "../shared/chartController.ts";
import type { SummitFrame } from "./layout.ts";
import { labelAttributes, routeAttributes } from "./render/summitSvg.ts";

/**
 * Adopts the server-rendered summit map inside `figure` and moves it between states: legs
 * appear (growing along their path, through CSS) or fade, names move and show, the caption
 * changes. Nothing is created or removed: every leg and name is in the page from the start.
 */
export async function attachSummitChart(figure: HTMLElement): Promise<ChartController> {
  const frames = await loadFrames<SummitFrame>(figure);
  const routes = new Map(
    [...figure.querySelectorAll<SVGElement>("[data-route]")].map((node) => [node.dataset.route, node]),
  );
  const labels = new Map(
    [...figure.querySelectorAll<SVGTextElement>("[data-label]")].map((node) => [node.dataset.label, node]),
  );
  const caption = requireRole(figure, "caption-text");
  const description = requireRole<SVGDescElement>(figure, "description");

  function draw(frame: SummitFrame): void {
    for (const route of frame.routes) {
      const node = routes.get(route.key);
      for (const [name, value] of Object.entries(routeAttributes(route))) node?.setAttribute(name, value);
    }
    for (const label of frame.labels) {
      const node = labels.get(label.key);
      for (const [name, value] of Object.entries(labelAttributes(label))) node?.setAttribute(name, value);
    }
    caption.textContent = frame.caption;
    description.textContent = frame.description;
  }

  return frameController(figure, frames, draw);
}
