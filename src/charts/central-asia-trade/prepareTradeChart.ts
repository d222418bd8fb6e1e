import { dataFiles } from "../../data/dataFiles.ts";
import { loadEvents } from "../../data/loadEvents.ts";
import { memoizeByFiles } from "../../data/memoizeByFiles.ts";
import { loadTradeChartRows, type TradeChartRows } from "./chartRows.ts";
import { layoutTradeChart } from "./layout.ts";
import { buildTradeModel, type TradeModel } from "./model.ts";
import { chartSizes, type TradeScene } from "./scene.ts";
import { describeTradeSources } from "./sourceNote.ts";
import { tradeStateIds, tradeSummaryState } from "./states.ts";

/** One state's drawings at both sizes: what the browser updater moves the nodes to. */
export interface TradeFrame {
  stateId: string;
  scenes: TradeScene[];
}

/** Everything the build needs to draw the trade chart: rows, states, frames and scenes. */
export interface PreparedTradeChart {
  rows: TradeChartRows;
  model: TradeModel;
  stateIds: string[];
  summaryState: string;
  frames: TradeFrame[];
  /** The source line under the chart, built from the sources the chart uses. */
  sourceNote: string;
  /** Both drawings of a state, compact first. */
  sceneFor(stateId: string): TradeScene[];
}

/**
 * Loads the data and lays out every state once per build (again when a CSV it reads changes,
 * for `npm run dev`); every page and figure reuses it.
 */
export const prepareTradeChart = memoizeByFiles([dataFiles.trade, dataFiles.events], (): PreparedTradeChart => {
  const rows = loadTradeChartRows();
  const model = buildTradeModel(rows, loadEvents());
  const sceneFor = (stateId: string) => chartSizes.map((size) => layoutTradeChart(model, stateId, { size }));
  const stateIds = [...tradeStateIds];
  return {
    rows,
    model,
    stateIds,
    summaryState: tradeSummaryState,
    frames: stateIds.map((stateId) => ({ stateId, scenes: sceneFor(stateId) })),
    sourceNote: describeTradeSources(model),
    sceneFor,
  };
});
