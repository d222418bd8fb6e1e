import { announceTradeState } from "./announceTrade.ts";
import { layoutValueTicks, layoutYearTicks } from "./axes.ts";
import { describeTradeState } from "./describeTrade.ts";
import { chartDimensions } from "./dimensions.ts";
import { layoutAnnotations } from "./layoutAnnotations.ts";
import { layoutBars } from "./layoutBars.ts";
import { layoutColumnLabels } from "./layoutColumnLabels.ts";
import { layoutSeriesMarks } from "./layoutSeries.ts";
import type { TradeModel } from "./model.ts";
import { plotOf, timeScale, valueScale } from "./scales.ts";
import type { ChartSize, TradeScene } from "./scene.ts";
import { tradeStateSpecs, type TradeStateSpec } from "./stateSpecs.ts";
import { assertTradeState } from "./states.ts";
import { valueLabelBoxes, yearLabelBoxes } from "./textBox.ts";

/** Options of {@link layoutTradeChart}. */
export interface TradeLayoutOptions {
  /** Which of the two drawings to lay out. */
  size: ChartSize;
}

/**
 * The scene of one state at one size: every mark of every state, keyed, with this state's
 * geometry and visibility. Pure: the same model, state and options give an equal scene, in
 * Node at build time or anywhere else; nothing here touches the DOM.
 */
export function layoutTradeChart(model: TradeModel, stateId: string, options: TradeLayoutOptions): TradeScene {
  const id = assertTradeState(stateId);
  const spec = tradeStateSpecs[id];
  const dims = chartDimensions[options.size];
  const isLines = spec.view === "lines";
  // The bar view keeps the lines' marks on the full picture's scales, so they fade out in place.
  const lineSpec: TradeStateSpec = isLines ? spec : tradeStateSpecs["two-counts"];
  const to = lineSpec.revealTo(model);
  const x = timeScale(model, to, dims);
  const y = valueScale(model, lineSpec, dims);
  const yTicks = layoutValueTicks(model, y, dims, isLines);
  const xTicks = layoutYearTicks(model, x, dims, isLines);
  const plot = plotOf(dims);
  const axisLabels = [
    ...valueLabelBoxes(yTicks, plot.left, dims.fontSize),
    ...yearLabelBoxes(xTicks, plot.bottom, dims.fontSize),
  ];
  const scales = { x, y };
  const annotations = layoutAnnotations({ model, spec, lineSpec, scales, dims, size: options.size, axisLabels });
  const bars = layoutBars(model, dims, options.size, !isLines);
  const column = layoutColumnLabels(model, spec, scales, dims, options.size);
  return {
    stateId: id,
    size: options.size,
    width: dims.width,
    height: dims.height,
    fontSize: dims.fontSize,
    lineHeight: dims.lineHeight,
    plot,
    revealed: { from: model.firstYear, to },
    yTicks,
    xTicks,
    series: layoutSeriesMarks(model, spec, scales, options.size),
    rules: [...column.rules, ...annotations.rules],
    texts: [...column.texts, ...annotations.texts, ...bars.texts],
    bars: bars.bars,
    description: describeTradeState(model, id),
    announcement: announceTradeState(model, id),
  };
}
