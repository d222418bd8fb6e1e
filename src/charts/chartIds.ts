/** Every chart of the story, by the id used in `data-chart`, MDX frontmatter and `/embed/<id>/`. */
export const chartIds = ["sco-membership", "central-asia-trade"] as const;

/** One of {@link chartIds}. */
export type ChartId = (typeof chartIds)[number];
