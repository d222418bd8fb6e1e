import type { StoryStep, StorySection } from "../story/getStory.ts";
import type { PreparedChart } from "./shared/chartContract.ts";
import { parseScrubRange } from "./shared/scrubRange.ts";
import type { PreparedCharts } from "./getCharts.ts";
import { chartIds, type ChartId } from "./registry.ts";

/** The states a figure may show, in the order its reader meets them, and the file its frames go to. */
export interface ChartSequence {
  chart: ChartId;
  /** File name of the frames (`frames/<chart>/<name>.json`): a story section's anchor, or `all`. */
  name: string;
  states: readonly string[];
  /** The states its scrubbing steps draw part of the way (none for the embeds' stepper). */
  scrubbed: readonly string[];
}

/** Name of the sequence of every state of a chart (embeds). */
export const allStates = "all";

/**
 * The states a section's figure must be ready to draw, in the order its reader meets them: each
 * step's state, preceded by the states a scrubbing step runs through on its way there.
 */
export function sectionSequence(steps: readonly StoryStep[], chart: PreparedChart): string[] {
  const sequence: string[] = [];
  for (const step of steps) {
    const range = step.scrub ? parseScrubRange(step.scrub) : undefined;
    const through = range ? (chart.scrub?.statesThrough?.(step.state, range.from) ?? []) : [];
    // A state the reader has met already (the step before, often the scrub's first) is not met again.
    sequence.push(...through.filter((state) => !sequence.includes(state)), step.state);
  }
  return sequence;
}

/** Every sequence the site draws: each scrolly section's steps, and every state of every chart. */
export function chartSequences(sections: readonly StorySection[], charts: PreparedCharts): ChartSequence[] {
  const story = sections.flatMap((section) => {
    const chart = section.entry.data.chart as ChartId | undefined;
    if (!chart) return [];
    const scrubbed = section.steps.filter((step) => step.scrub).map((step) => step.state);
    return [{ chart, name: section.anchor, states: sectionSequence(section.steps, charts[chart]), scrubbed }];
  });
  const all = chartIds.map((chart) => ({
    chart,
    name: allStates,
    states: charts[chart].states.map((state) => state.id),
    scrubbed: [],
  }));
  return [...story, ...all];
}
