/** Chart id of the trade chart, as used in `data-chart` and MDX frontmatter. */
export const tradeChartId = "central-asia-trade";

/**
 * The chart's states in story order. Unlike the SCO map these are moments of the argument,
 * not years: what each reveals is worked out from the data (see stateSpecs.ts).
 */
export const tradeStateIds = [
  "russia-era",
  "crossover",
  "dip-and-peak",
  "invasion",
  "record",
  "two-counts",
  "by-country",
] as const;

/** One of {@link tradeStateIds}. */
export type TradeStateId = (typeof tradeStateIds)[number];

/** The state an embed opens at: both counts of the latest year, the story's point. */
export const tradeSummaryState: TradeStateId = "two-counts";

/** Narrows a string to a state id, failing with the allowed ids. */
export function assertTradeState(stateId: string): TradeStateId {
  if (!(tradeStateIds as readonly string[]).includes(stateId)) {
    throw new Error(`Unknown central-asia-trade state "${stateId}"; allowed: ${tradeStateIds.join(", ")}.`);
  }
  return stateId as TradeStateId;
}
