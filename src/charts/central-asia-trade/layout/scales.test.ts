import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { buildTradeModel } from "../model/buildModel.ts";
import { tradeStateIds, tradeStateSpecs } from "../states.ts";
import { chartDimensions, chartSizes, plotOf } from "./dimensions.ts";
import { timeScale, valueScale, yearX } from "./scales.ts";

const model = buildTradeModel(realData);

describe("timeScale", () => {
  it("runs from the first year to the end of the last revealed one, right of the value labels", () => {
    for (const size of chartSizes) {
      const dims = chartDimensions[size];
      const plot = plotOf(dims);
      const x = timeScale(model, 2012, dims);
      expect(x.domain()).toEqual([model.firstYear, 2013]);
      expect(x.range()).toEqual([plot.left + dims.axisGutter, plot.right]);
    }
  });

  it("puts a year's value in the middle of its year", () => {
    const x = timeScale(model, 2012, chartDimensions.wide);
    expect(yearX(x, 2000)).toBeCloseTo((x(2000) + x(2001)) / 2, 6);
  });
});

describe("valueScale", () => {
  it("starts at zero and ends on a round number at or above everything the state shows", () => {
    for (const stateId of tradeStateIds.filter((id) => tradeStateSpecs[id].view === "lines")) {
      const spec = tradeStateSpecs[stateId];
      const to = spec.revealTo(model);
      const shown = spec.series.flatMap((partner) =>
        model.series[partner].points.filter((point) => point.year <= to).map((point) => point.amount.value),
      );
      if (spec.hasComparisons) shown.push(...model.comparisons.map((point) => point.amount.value));
      for (const size of chartSizes) {
        const [low, high = 0] = valueScale(model, spec, chartDimensions[size]).domain();
        expect(low, stateId).toBe(0);
        expect(high, stateId).toBeGreaterThanOrEqual(Math.max(...shown));
        expect(Number.isInteger(high), stateId).toBe(true);
      }
    }
  });

  it("draws higher values higher up, from the plot's bottom", () => {
    const dims = chartDimensions.compact;
    const y = valueScale(model, tradeStateSpecs.record, dims);
    expect(y(0)).toBe(plotOf(dims).bottom);
    expect(y(50)).toBeLessThan(y(10));
  });
});
