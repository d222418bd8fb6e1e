import { frameController, loadFrames, requireRole, type ChartController } from "../shared/chartController.ts";
import { drawMapLabels } from "../shared/eurasia/mapLabelsSvg.ts";
import { setAttributesIfChanged, setTextIfChanged } from "../shared/writeIfChanged.ts";
import type { SummitFrame } from "./layout.ts";
import { routeAttributes } from "./render/routeAttributes.ts";

/**
 * Adopts the server-rendered summit map inside `figure` and moves it between states: legs
 * appear (growing along their path, through CSS) or fade, names and their leader lines move and
 * show, a state's guests are outlined, the caption and the state's legend words change. Nothing is created or removed: every leg and name is in the page from the start.
 */
export async function attachSummitChart(figure: HTMLElement): Promise<ChartController> {
  const frames = await loadFrames<SummitFrame>(figure);
  const routes = new Map(
    [...figure.querySelectorAll<SVGElement>("[data-route]")].map((node) => [node.dataset.route, node]),
  );
  const labelLayer = figure.querySelector("svg .map-labels") ?? figure;
  const countries = [...figure.querySelectorAll<SVGElement>("svg [data-attendance][data-key]")];
  const legendNote = figure.querySelector<HTMLElement>('[data-role="legend-note"]');
  const caption = requireRole(figure, "caption-text");
  const description = requireRole<SVGDescElement>(figure, "description");

  function draw(frame: SummitFrame): void {
    for (const route of frame.routes) {
      const node = routes.get(route.key);
      if (node) setAttributesIfChanged(node, routeAttributes(route));
    }
    drawMapLabels(labelLayer, frame.labels);
    const guests = new Set(frame.guests);
    for (const country of countries) country.toggleAttribute("data-guest", guests.has(country.dataset.key ?? ""));
    if (legendNote) {
      setTextIfChanged(legendNote, frame.legendNote);
      if (legendNote.parentElement) {
        setAttributesIfChanged(legendNote.parentElement, { "data-visible": String(frame.legendNote !== "") });
      }
    }
    setTextIfChanged(caption, frame.caption);
    setTextIfChanged(description, frame.description);
  }

  return frameController(figure, frames, draw);
}
