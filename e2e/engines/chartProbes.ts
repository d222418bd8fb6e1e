/**
 * Page functions for what a phone reader sees of a chart, and for scrubbing steps. Serialised
 * into the page by the drivers, so each uses only its own arguments.
 */

/** Page function: the scroll positions at which each step of section `index` is the one read. */
export function stepRanges(index: number): { from: number; to: number }[] {
  const section = document.querySelectorAll("[data-scrolly]")[index];
  const probe = section?.querySelector("[data-role=trigger-line]");
  if (!section || !probe) throw new Error(`scrolly section ${index} has no trigger-line probe`);
  const trigger = probe.getBoundingClientRect().top;
  const steps = [...section.querySelectorAll("[data-step]")];
  const topOf = (step: Element) => step.getBoundingClientRect().top + window.scrollY - trigger;
  return steps.map((step, at) => {
    const next = steps[at + 1];
    const to = next ? topOf(next) : step.getBoundingClientRect().bottom + window.scrollY - trigger;
    return { from: Math.ceil(topOf(step)), to: Math.floor(to) };
  });
}

/**
 * Page function: scrolls to `y`, then tells whether section `index`'s drawing is entirely on
 * screen with nothing on top of it (a grid of points hit-tested over it).
 */
export function isChartClearAt(index: number, y: number): boolean {
  window.scrollTo(0, y);
  const drawing = document.querySelectorAll("[data-scrolly]")[index]?.querySelector(".scrolly-graphic svg");
  if (!drawing) throw new Error(`scrolly section ${index} has no live drawing`);
  const box = drawing.getBoundingClientRect();
  if (box.top < -0.5 || box.bottom > window.innerHeight + 0.5 || box.left < -0.5 || box.right > window.innerWidth + 0.5)
    return false;
  for (let row = 0; row < 5; row += 1) {
    for (let column = 0; column < 5; column += 1) {
      const x = box.left + 2 + ((box.width - 4) * column) / 4;
      const top = document.elementFromPoint(x, box.top + 2 + ((box.height - 4) * row) / 4);
      if (!top || !(top === drawing || drawing.contains(top))) return false;
    }
  }
  return true;
}

/** Page function: every scrubbing step, with its section's place and its range as written. */
export function scrubSteps(): { section: number; step: number; id: string; scrub: string }[] {
  return [...document.querySelectorAll("[data-scrolly]")].flatMap((section, at) =>
    [...section.querySelectorAll<HTMLElement>("[data-step]")].flatMap((step, index) =>
      step.dataset.scrub ? [{ section: at, step: index, id: step.id, scrub: step.dataset.scrub }] : [],
    ),
  );
}

/** What a scrubbing step's figure draws, and the progress its position calls for. */
export interface ScrubReading {
  progress: string | null;
  value: string | null;
  expected: string;
  scrollY: number;
}

/** Page function: the figure of step `id` and how far the reader is through the step. */
export function readScrub(id: string): ScrubReading {
  const step = document.getElementById(id);
  const section = step?.closest("[data-scrolly]");
  const probe = section?.querySelector("[data-role=trigger-line]");
  const figure = section?.querySelector(".scrolly-graphic figure[data-chart]");
  if (!step || !probe || !figure) throw new Error(`no scrubbing step #${id} with its figure`);
  const box = step.getBoundingClientRect();
  const share = (probe.getBoundingClientRect().top - box.top) / box.height;
  return {
    progress: figure.getAttribute("data-progress"),
    value: figure.getAttribute("data-scrub-value"),
    expected: Math.min(1, Math.max(0, share)).toFixed(2),
    scrollY: window.scrollY,
  };
}

/** Page function: how far (px) the page must scroll to be `share` of the way through step `id`. */
export function distanceInto(id: string, share: number): number {
  const step = document.getElementById(id);
  const probe = step?.closest("[data-scrolly]")?.querySelector("[data-role=trigger-line]");
  if (!step || !probe) throw new Error(`no step #${id}`);
  const box = step.getBoundingClientRect();
  return Math.round(box.top - probe.getBoundingClientRect().top + box.height * Math.min(share, 0.99));
}
