import type { StorySection } from "../story/getStory.ts";
import type { PreparedCharts } from "./getCharts.ts";
import { chartIds, type ChartId } from "./registry.ts";

/** The states a figure may show, in the order its reader meets them, and the file its frames go to. */
export interface ChartSequence {
  chart: ChartId;
  /** File name of the frames (`frames/<chart>/<name>.json`): a story section's anchor, or `all`. */
  name: string;
  states: readonly string[];
}

/** Name of the sequence of every state of a chart (embeds). */
export const allStates = "all";

/** Every sequence the site draws: each scrolly section's steps, and every state of every chart. */
export function chartSequences(sections: readonly StorySection[], charts: PreparedCharts): ChartSequence[] {
  const story = sections.flatMap((section) => {
    const chart = section.entry.data.chart as ChartId | undefined;
    return chart ? [{ chart, name: section.anchor, states: section.steps.map((step) => step.state) }] : [];
  });
  const all = chartIds.map((chart) => ({
    chart,
    name: allStates,
    states: charts[chart].states.map((state) => state.id),
  }));
  return [...story, ...all];
}
