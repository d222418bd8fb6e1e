import type { ChartId } from "./chartIds.ts";
import { prepareTradeChart } from "./central-asia-trade/prepareTradeChart.ts";
import { prepareMembershipChart } from "./sco-membership/prepareMembershipChart.ts";

/**
 * The state ids each chart accepts. Build time only: preparing a chart reads and validates its
 * CSV files, so asking for the states also checks the data behind them.
 */
export function chartStates(): Record<ChartId, readonly string[]> {
  return {
    "sco-membership": prepareMembershipChart().stateIds,
    "central-asia-trade": prepareTradeChart().stateIds,
  };
}
