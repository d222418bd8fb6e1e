import type { AttachChart } from "./shared/chartController.ts";
import { attachTradeChart } from "./central-asia-trade/update.ts";
import { attachMembershipChart } from "./sco-membership/update.ts";
import { attachSummitChart } from "./summit-week/update.ts";
import type { ChartId } from "./registry.ts";

/**
 * The browser side of each chart: the updater that adopts its server-rendered figure. Only
 * updaters live here (no layout, d3-geo, d3-scale or topology), so the page's script stays small.
 * `satisfies` makes a chart missing here (or one the registry lacks) fail `npm run check`, and
 * checkRegistries.ts fails the build on it.
 */
export const attachers = {
  "sco-membership": attachMembershipChart,
  "central-asia-trade": attachTradeChart,
  "summit-week": attachSummitChart,
} satisfies Record<ChartId, AttachChart>;

/** Adopts the server-rendered chart in `figure[data-chart]` once its frames are loaded. */
export async function attachChart(figure: HTMLElement): ReturnType<AttachChart> {
  const id = figure.dataset.chart ?? "";
  const attach = Object.hasOwn(attachers, id) ? attachers[id as ChartId] : undefined;
  if (!attach) throw new Error(`No updater for chart "${figure.dataset.chart}".`);
  return attach(figure);
}
