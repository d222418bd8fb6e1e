import type { Chart } from "./shared/chartContract.ts";
import centralAsiaTrade from "./central-asia-trade/index.ts";
import scoMembership from "./sco-membership/index.ts";
import summitWeek from "./summit-week/index.ts";

/**
 * Every chart of the site, by the id used in MDX frontmatter, `data-chart` and `/embed/<id>/`.
 * Adding a chart is adding its folder and one line here (and one in browserRegistry.ts).
 */
export const charts = {
  "sco-membership": scoMembership,
  "central-asia-trade": centralAsiaTrade,
  "summit-week": summitWeek,
} satisfies Record<string, Chart>;

/** The id of a chart. */
export type ChartId = keyof typeof charts;

/** Every chart id, in registry order. */
export const chartIds = Object.keys(charts) as ChartId[];

/** True when `id` names a chart of the registry. */
export function isChartId(id: string): id is ChartId {
  return id in charts;
}
