import type { ChartId } from "./chartIds.ts";
import { tradeStateIds } from "./central-asia-trade/states.ts";
import { prepareMembershipChart } from "./sco-membership/prepareMembershipChart.ts";

/** The state ids each chart accepts (build time: some come from the data). */
export function chartStates(): Record<ChartId, readonly string[]> {
  return {
    "sco-membership": prepareMembershipChart().stateIds,
    "central-asia-trade": tradeStateIds,
  };
}
