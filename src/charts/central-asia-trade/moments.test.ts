import { describe, expect, it } from "vitest";
import type { TradeChartRows } from "./chartRows.ts";
import { buildTradeModel } from "./model.ts";
import { editRows, realEvents, realRows, regionRows } from "./tradeFixture.ts";

const isChnDots = (year: number) => (row: TradeChartRows[number]) =>
  row.partner === "CHN" && row.reporter_iso3 === "CA5" && row.year === year && row.source.startsWith("IMF DOTS");

describe("dip and peak", () => {
  it("derive the 2009 dip (first fall after the crossover) and the IMF peak from the rows", () => {
    const model = buildTradeModel(realRows, realEvents);
    const dots = regionRows(realRows, "CHN", "IMF DOTS (CHN-reported");
    const max = Math.max(...dots.map((row) => row.turnover_usd_bn));
    expect(model.peak.point.value).toBe(max);
    expect(model.peak.point.year).toBe(dots.find((row) => row.turnover_usd_bn === max)?.year);
    expect(model.dip.point.year).toBe(model.crossoverYear + 1);
    expect(model.dip.point.value).toBeLessThan(model.dip.previous.value);
  });

  it("follow edits: a rise in 2009 moves the dip to the next fall; a bigger year moves the peak", () => {
    const edited = editRows(editRows(realRows, isChnDots(2009), { turnover_usd_bn: 31 }), isChnDots(2019), {
      turnover_usd_bn: 55,
    });
    const model = buildTradeModel(edited, realEvents);
    // 2009 now rises (30.82 to 31), so the first fall is 2010 (31 to 29.958).
    expect(model.dip.point.year).toBe(2010);
    expect(model.dip.previous).toMatchObject({ year: 2009, value: 31 });
    expect(model.peak.point).toMatchObject({ year: 2019, value: 55 });
  });
});
