import type { AttachChart, ChartController } from "./shared/chartController.ts";
import { attachTradeChart } from "./central-asia-trade/update.ts";
import { attachMembershipChart } from "./sco-membership/update.ts";

/** Browser updaters by chart id. Only updaters live here: no layout, d3-geo, d3-scale or topology. */
const attachers: Record<string, AttachChart> = {
  "sco-membership": attachMembershipChart,
  "central-asia-trade": attachTradeChart,
};

/** Adopts the server-rendered chart in `figure[data-chart]`. */
export function attachChart(figure: HTMLElement): ChartController {
  const chartId = figure.dataset.chart ?? "";
  const attach = attachers[chartId];
  if (!attach) throw new Error(`No updater for chart "${chartId}"; add it to src/charts/attachChart.ts.`);
  return attach(figure);
}
