import { drawInstantly, type ChartController, type ShowOptions } from "./chartController.ts";
import { scrubValueAt, type ScrubRange } from "./scrubRange.ts";

/**
 * Scrubbing for a chart whose states are years, one frame each (the membership map): between a
 * range's ends the figure draws the frame of the year the reader has reached, in place of the
 * state's own, and `data-state` stays the step's. The range's last year is the state itself.
 * Only a change of year draws. Returns the controller with `show` and `scrub` that know of it.
 */
export function withYearFrameScrub<Frame extends { year: number }>(
  figure: HTMLElement,
  frames: ReadonlyMap<string, Frame>,
  draw: (frame: Frame) => void,
  states: ChartController,
): ChartController {
  // The year drawn in place of the state's own frame, or none (the state whole).
  let scrubbed: string | undefined;
  const years = [...frames.values()].map((frame) => frame.year).sort((a, b) => a - b);

  function show(stateId: string, options?: ShowOptions): void {
    if (stateId !== figure.dataset.state) scrubbed = undefined;
    states.show(stateId, options);
  }

  function scrub(stateId: string, range: ScrubRange | undefined, progress: number): number | undefined {
    show(stateId, { isInstant: true });
    const within = range ? years.filter((year) => year >= range.from && year <= range.to) : [];
    const year = scrubValueAt(within, progress);
    const target = year === undefined || year === range?.to ? undefined : String(year);
    if (target === scrubbed) return year;
    // Drawn at once: the picture is where the reader is, and a fade per year would keep the
    // map restyling in every frame of the scrub.
    const frame = frames.get(target ?? stateId);
    if (frame) drawInstantly(figure, () => draw(frame));
    scrubbed = target;
    return year;
  }

  return { ...states, show, scrub };
}
