import type { TradeModel } from "../model/buildModel.ts";
import { assertTradeState, tradeStateSpecs, type TradeStateSpec } from "../states.ts";
import { announceTradeState, describeTradeState } from "../text/describe.ts";
import { layoutValueTicks, layoutYearTicks } from "./axes.ts";
import { layoutBars } from "./bars.ts";
import { clearMarkerRules } from "./clearMarkerRules.ts";
import { layoutColumnLabels } from "./columnLabels.ts";
import { chartDimensions, plotOf, type ChartSize } from "./dimensions.ts";
import { timeScale, valueScale } from "./scales.ts";
import { layoutNotes } from "./notes/layoutNotes.ts";
import type { TradeScene } from "./scene.ts";
import { layoutScrub } from "./scrub.ts";
import { layoutSeriesMarks } from "./series.ts";
import { textBox, valueLabelBoxes, yearLabelBoxes } from "./textBoxes.ts";

/**
 * The scene of one state at one size: every mark of every state, keyed, with this state's
 * geometry and visibility. Pure: the same model, state and size give an equal scene, in Node at
 * build time or anywhere else; nothing here touches the DOM.
 */
export function layoutTradeChart(model: TradeModel, stateId: string, size: ChartSize): TradeScene {
  const id = assertTradeState(stateId);
  const spec = tradeStateSpecs[id];
  const dims = chartDimensions[size];
  const isLines = spec.view === "lines";
  // The bar view keeps the lines' marks on the full picture's scales, so they fade out in place.
  const lineSpec: TradeStateSpec = isLines ? spec : tradeStateSpecs["two-counts"];
  const to = lineSpec.revealTo(model);
  const x = timeScale(model, to, dims);
  const y = valueScale(model, lineSpec, dims);
  const yTicks = layoutValueTicks(model, y, isLines);
  const xTicks = layoutYearTicks(model, x, dims, isLines);
  const plot = plotOf(dims);
  const axisLabels = [
    ...valueLabelBoxes(yTicks, plot.left, dims.fontSize),
    ...yearLabelBoxes(xTicks, plot.bottom, dims.fontSize),
  ];
  const scales = { x, y };
  const column = layoutColumnLabels(model, spec, scales, dims, size);
  const columnBoxes = column.texts
    .filter((text) => text.isVisible)
    .map((text) => textBox(text, dims.fontSize, dims.lineHeight));
  const notes = layoutNotes({ model, spec, lineSpec, scales, dims, size, axisLabels: [...axisLabels, ...columnBoxes] });
  const bars = layoutBars(model, dims, size, !isLines);
  const texts = [...column.texts, ...notes.texts, ...bars.texts];
  return {
    stateId: id,
    size,
    width: dims.width,
    height: dims.height,
    fontSize: dims.fontSize,
    lineHeight: dims.lineHeight,
    plot,
    revealed: { from: model.firstYear, to },
    yTicks,
    xTicks,
    series: layoutSeriesMarks(model, spec, scales, dims),
    rules: clearMarkerRules([...column.rules, ...notes.rules], texts, dims.fontSize, dims.lineHeight),
    texts,
    bars: bars.bars,
    scrub: layoutScrub(model, spec, x, dims),
    description: describeTradeState(model, id),
    announcement: announceTradeState(model, id),
  };
}
