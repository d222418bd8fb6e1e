import {
  frameController,
  loadFrames,
  requireRole,
  type ChartController,
  type ShowOptions,
} from "../shared/chartController.ts";
import { scrubValueAt, type ScrubRange } from "../shared/scrubRange.ts";
import { drawMapLabels } from "../shared/eurasia/mapLabelsSvg.ts";
import type { MembershipFrame } from "./layout.ts";

/**
 * Adopts the server-rendered SCO map inside `figure` and switches it between states by
 * rewriting `data-status` on the same nodes, matched by `data-key`, and moving the same names and leader lines. Colours change through
 * CSS transitions on those attributes, which the stylesheet turns off for reduced motion. A
 * scrubbing step draws the years between its range's ends as the reader scrolls.
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
      mark.dataset.status = frame.statuses[key] ?? "none";
      mark.toggleAttribute("data-changed", changed.has(key));
    }
    drawMapLabels(labelLayer, frame.labels);
    for (const item of legendItems) {
      const entry = frame.counts.find((count) => count.status === item.dataset.status);
      item.hidden = !entry;
      if (entry) requireRole(item, "label").textContent = entry.label;
    }
    for (const item of timelineItems) {
      const itemYear = Number(item.dataset.year);
      item.toggleAttribute("data-reached", itemYear <= frame.year);
      item.toggleAttribute("data-current", itemYear === frame.year);
    }
    year.textContent = String(frame.year);
    captionText.textContent = frame.caption;
    description.textContent = frame.description;
  }

  const states = frameController(figure, frames, draw);
  // The year a scrub has drawn in place of the state's own, or none (the state whole).
  let scrubbed: string | undefined;

  function show(stateId: string, options?: ShowOptions): void {
    if (stateId !== figure.dataset.state) scrubbed = undefined;
    states.show(stateId, options);
  }

  /**
   * Draws the map as it stood at the year `progress` reaches through the range (the years this
   * figure has frames for), leaving `data-state` on the step's state: the range's last year is
   * the state itself. Only a change of year touches the map.
   */
  function scrub(stateId: string, range: ScrubRange | undefined, progress: number): number | undefined {
    show(stateId, { isInstant: true });
    const years = range
      ? [...frames.values()].map((frame) => frame.year).filter((year) => year >= range.from && year <= range.to)
      : [];
    const year = scrubValueAt(years.sort((a, b) => a - b), progress);
    const target = year === undefined || year === range?.to ? undefined : String(year);
    if (target === scrubbed) return year;
    const frame = frames.get(target ?? stateId);
    if (frame) draw(frame);
    scrubbed = target;
    return year;
  }

  return { ...states, show, scrub };
}
