import { defineChart, type PreparedChart, type StaticDrawing } from "../shared/chartContract.ts";
import { wideFigureMedia } from "../shared/mapDrawings.ts";
import { standaloneSvg } from "../shared/standaloneSvg.ts";
import { chartSizes, type ChartSize } from "./layout/dimensions.ts";
import { layoutTradeChart } from "./layout/layoutTradeChart.ts";
import { pruneScene, shownMarks } from "./layout/pruneScene.ts";
import type { TradeScene } from "./layout/scene.ts";
import { tradeClaims } from "./claims.ts";
import { buildTradeModel, type TradeModel } from "./model/buildModel.ts";
import marksCss from "./render/trade-marks.css?raw";
import TradeFigure from "./render/TradeFigure.astro";
import TradeTable from "./render/TradeTable.astro";
import { tradeSvg } from "./render/tradeSvg.ts";
import { scrubYears } from "./layout/scrub.ts";
import { assertTradeState, tradeShareState, tradeStateIds, tradeStateSpecs, tradeSummaryState } from "./states.ts";
import { describeTradeSources } from "./text/sourceNote.ts";
import type { TradeFrame } from "./update.ts";

/** The trade chart, prepared: its model, and each state's scene at each size. */
export interface PreparedTradeChart extends PreparedChart {
  model: TradeModel;
  /** Accessible name of the drawing. */
  svgTitle: string;
  /** A state's scene at one size; with `sequence`, without the marks none of those states shows. */
  sceneFor(stateId: string, size: ChartSize, sequence?: readonly string[]): TradeScene;
}

const svgTitle = "Central Asia's goods trade with China and Russia, US$ billions";

/** Central Asia's goods trade with China and Russia (the EU for comparison), 1995 to the latest year, from every source and where they disagree. */
export default defineChart({
  title: "Central Asia's goods trade with China and Russia",
  description:
    "The five Central Asian states' goods trade with each partner, US$ billions, from customs tables, national statistics and official statements, with the gaps and disagreements between sources shown.",
  dataset: "trade",
  prepare(data): PreparedTradeChart {
    const model = buildTradeModel(data);
    const scenes = new Map<string, TradeScene>();
    const fullScene = (stateId: string, size: ChartSize) => {
      const key = `${stateId}/${size}`;
      const scene = scenes.get(key) ?? layoutTradeChart(model, stateId, size);
      scenes.set(key, scene);
      return scene;
    };
    const sceneFor = (stateId: string, size: ChartSize, sequence?: readonly string[]) => {
      if (!sequence) return fullScene(stateId, size);
      const keep = shownMarks(sequence.flatMap((id) => chartSizes.map((each) => fullScene(id, each))));
      return pruneScene(fullScene(stateId, size), keep);
    };
    const drawing = (stateId: string, size: ChartSize): StaticDrawing => {
      const scene = sceneFor(stateId, size);
      const file = standaloneSvg({
        chart: tradeSvg(scene, { idPrefix: `file-${stateId}-${size}`, title: svgTitle }),
        chartWidth: scene.width,
        chartHeight: scene.height,
        css: marksCss,
        heading: [],
        width: scene.width,
      });
      return { name: `${stateId}-${size}`, ...file, ...(size === "wide" ? { media: wideFigureMedia } : {}) };
    };
    return {
      model,
      svgTitle,
      states: tradeStateIds.map((id) => ({
        id,
        label: tradeStateSpecs[id].label,
        description: sceneFor(id, "compact").description,
        announcement: sceneFor(id, "compact").announcement,
      })),
      summaryState: tradeSummaryState,
      shareState: tradeShareState,
      sourceNote: describeTradeSources(model),
      // A file per size: a phone fetches the compact frames only, a wide screen the wide ones.
      frameVariants: chartSizes,
      frames: (sequence, scrubbed, variant) =>
        sequence.map((stateId): TradeFrame => {
          // What scrubbing needs travels only with the states a step scrubs.
          const sceneOf = (size: ChartSize) => {
            const scene = sceneFor(stateId, size, sequence);
            return scrubbed?.has(stateId) ? scene : { ...scene, scrub: undefined };
          };
          const sizes = chartSizes.filter((size) => variant === undefined || size === variant);
          return { stateId, title: svgTitle, scenes: Object.fromEntries(sizes.map((size) => [size, sceneOf(size)])) };
        }),
      // Wide first: a <picture> takes the first source whose media matches, the compact one is the fallback.
      drawings: (stateId) => [...chartSizes].reverse().map((size) => drawing(stateId, size)),
      // A line state scrubs through the years on its time axis, its lines growing year by year.
      scrub: { unit: "years", valuesOf: (stateId) => scrubYears(model, tradeStateSpecs[assertTradeState(stateId)]) },
      sceneFor,
      claims: tradeClaims(model),
    };
  },
  Figure: TradeFigure,
  Table: TradeTable,
});
