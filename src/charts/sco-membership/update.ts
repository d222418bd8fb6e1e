import { frameController, loadFrames, requireRole, type ChartController } from "../shared/chartController.ts";
import { withYearFrameScrub } from "../shared/yearFrameScrub.ts";
import { drawMapLabels } from "../shared/eurasia/mapLabelsSvg.ts";
import { setAttributeIfChanged, setTextIfChanged } from "../shared/writeIfChanged.ts";
import type { MembershipFrame } from "./layout.ts";

/**
 * Adopts the server-rendered SCO map inside `figure` and switches it between states by
 * rewriting `data-status` on the same nodes, matched by `data-key`, and moving the same names and
 * leader lines. Colours change through CSS transitions on those attributes, which the stylesheet
 * turns off for reduced motion. A scrubbing step draws the years between its range's ends as the
 * reader scrolls (yearFrameScrub.ts).
 */
export async function attachMembershipChart(figure: HTMLElement): Promise<ChartController> {
  const frames = await loadFrames<MembershipFrame>(figure);
  const marks = [...figure.querySelectorAll<SVGElement>("svg [data-key]")];
  const labelLayer = figure.querySelector("svg .map-labels") ?? figure;
  const legendItems = [...requireRole(figure, "legend").querySelectorAll<HTMLElement>("li[data-status]")];
  const timelineItems = [...requireRole(figure, "timeline").querySelectorAll<HTMLElement>("li[data-year]")];
  const year = requireRole(figure, "year");
  const captionText = requireRole(figure, "caption-text");
  const description = requireRole<SVGDescElement>(figure, "description");

  function draw(frame: MembershipFrame): void {
    const changed = new Set(frame.changedKeys);
    for (const mark of marks) {
      const key = mark.dataset.key ?? "";
      setAttributeIfChanged(mark, "data-status", frame.statuses[key] ?? "none");
      mark.toggleAttribute("data-changed", changed.has(key));
    }
    drawMapLabels(labelLayer, frame.labels);
    for (const item of legendItems) {
      const entry = frame.counts.find((count) => count.status === item.dataset.status);
      item.toggleAttribute("hidden", !entry);
      if (entry) setTextIfChanged(requireRole(item, "label"), entry.label);
    }
    for (const item of timelineItems) {
      const itemYear = Number(item.dataset.year);
      item.toggleAttribute("data-reached", itemYear <= frame.year);
      item.toggleAttribute("data-current", itemYear === frame.year);
    }
    setTextIfChanged(year, String(frame.year));
    setTextIfChanged(captionText, frame.caption);
    setTextIfChanged(description, frame.description);
  }

  return withYearFrameScrub(figure, frames, draw, frameController(figure, frames, draw));
}
