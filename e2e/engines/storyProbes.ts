/**
 * Page functions that read the story through the DOM contract (docs: /work/shared/DESIGN.md):
 * `[data-scrolly]` sections, each with one `figure[data-chart]` and its `[data-step]` steps.
 * They run in the page (serialised by the driver), so each uses only its own arguments.
 */

/*
 * The trigger line: the step whose top has passed it is the one being read. The section's CSS
 * puts it (below the pinned chart on phones) and its `[data-role=trigger-line]` probe, a fixed
 * element at the line, tells where (the scroll controller's contract).
 */

/** One step as the page names it. */
export interface StoryStep {
  id: string;
  state: string;
}

/** One scrolly section: the chart it drives and its steps, in reading order. */
export interface StorySection {
  chart: string;
  steps: StoryStep[];
}

/** Page function: every scrolly section of the page with its steps (sections by document order). */
export function readStory(): StorySection[] {
  return [...document.querySelectorAll<HTMLElement>("[data-scrolly]")].map((section) => ({
    chart: section.dataset.scrolly ?? "",
    steps: [...section.querySelectorAll<HTMLElement>("[data-step]")].map((step) => ({
      id: step.id,
      state: step.dataset.state ?? "",
    })),
  }));
}

/** What a reader of one section sees at this moment. */
export interface SectionReading {
  /** `data-state` of the section's figure: the state drawn. */
  figureState: string | null;
  /** Index of the step under the trigger line (the last whose top is at or above it; else the first). */
  underTrigger: number;
  /** `id` of that step. */
  underTriggerId: string | null;
  /** `data-state` of that step: the state that should be drawn. */
  expectedState: string | null;
  scrollY: number;
  hash: string;
  /** How far the page is wider than the viewport (> 0: a horizontal scrollbar). */
  overflowX: number;
  /** The section's `data-engine` (running, failed, or none yet) and whether it is the one being read. */
  engine: string;
  isReading: boolean;
}

/** Page function: reads section number `sectionIndex` (document order) against the trigger line. */
export function readSection(sectionIndex: number): SectionReading {
  const section = document.querySelectorAll("[data-scrolly]")[sectionIndex];
  if (!section) throw new Error(`no scrolly section number ${sectionIndex}`);
  const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
  const probe = section.querySelector("[data-role=trigger-line]");
  if (!probe) throw new Error(`scrolly section ${sectionIndex} has no trigger-line probe`);
  const trigger = probe.getBoundingClientRect().top;
  let underTrigger = 0;
  steps.forEach((step, index) => {
    if (step.getBoundingClientRect().top <= trigger) underTrigger = index;
  });
  return {
    figureState: section.querySelector("figure[data-chart]")?.getAttribute("data-state") ?? null,
    underTrigger,
    underTriggerId: steps[underTrigger]?.id ?? null,
    expectedState: steps[underTrigger]?.dataset.state ?? null,
    scrollY: window.scrollY,
    hash: window.location.hash,
    overflowX: document.documentElement.scrollWidth - window.innerWidth,
    engine: (section as HTMLElement).dataset.engine ?? "none",
    isReading: section.hasAttribute("data-reading"),
  };
}

/** Where a step sits against the trigger line. */
export interface StepPlacement {
  /** Step top minus trigger line, in px (negative: above the line). */
  belowTrigger: number;
  height: number;
  scrollY: number;
}

/** Page function: where step `stepIndex` of section `sectionIndex` is against the trigger line. */
export function placeStep(sectionIndex: number, stepIndex: number): StepPlacement {
  const section = document.querySelectorAll("[data-scrolly]")[sectionIndex];
  const step = section?.querySelectorAll("[data-step]")[stepIndex];
  const probe = section?.querySelector("[data-role=trigger-line]");
  if (!step || !probe)
    throw new Error(`no step ${stepIndex} (or no trigger-line probe) in scrolly section ${sectionIndex}`);
  const box = step.getBoundingClientRect();
  return { belowTrigger: box.top - probe.getBoundingClientRect().top, height: box.height, scrollY: window.scrollY };
}
