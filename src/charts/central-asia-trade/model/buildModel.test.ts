import { describe, expect, it } from "vitest";
import { editTrade, realData, regionRows, removeTrade } from "../../../../test/realData.ts";
import type { Datasets } from "../../../data/datasets.ts";
import { buildTradeModel } from "./buildModel.ts";

type TradeRow = Datasets["trade"][number];

const isChnImf = (year: number) => (row: TradeRow) =>
  row.partner === "CHN" && row.reporter_iso3 === "CA5" && row.year === year && row.source.startsWith("IMF DOTS");
const isChnGacc = (year: number) => (row: TradeRow) =>
  row.partner === "CHN" && row.reporter_iso3 === "CA5" && row.year === year && row.source.startsWith("China GACC");
const billions = (value: number) => ({ value, decimals: 1 });

describe("buildTradeModel", () => {
  const model = buildTradeModel(realData);

  it("spans the years of its lines and compares the latest one", () => {
    const years = realData.trade
      .filter((row) => row.reporter_iso3 === "CA5")
      .filter((row) => Object.values(model.series).some((series) => series.points.some((p) => p.line === row.line)))
      .map((row) => row.year);
    expect(model.firstYear).toBe(Math.min(...years));
    expect(model.lastYear).toBe(Math.max(...years));
    expect(model.comparisonYear).toBe(model.lastYear);
  });

  it("derives the 2009 dip (first fall after the crossover) and the IMF peak from the rows", () => {
    const imf = regionRows("CHN", "IMF DOTS (CHN-reported");
    const max = Math.max(...imf.map((row) => row.turnover_usd_bn.value));
    expect(model.peak.point.amount.value).toBe(max);
    expect(model.peak.point.year).toBe(imf.find((row) => row.turnover_usd_bn.value === max)?.year);
    expect(model.dip.point.year).toBe(model.crossoverYear + 1);
    expect(model.dip.previous.year).toBe(model.crossoverYear);
    expect(model.dip.point.amount.value).toBeLessThan(model.dip.previous.amount.value);
  });

  it("follows edits: a rise in 2009 moves the dip to the next fall; a bigger year moves the peak", () => {
    const rise2009 = editTrade(isChnImf(2009), { turnover_usd_bn: billions(31) });
    const edited = buildTradeModel(editTrade(isChnImf(2019), { turnover_usd_bn: billions(55) }, rise2009));
    // 2009 now rises (30.82 to 31), so the first fall is 2010 (31 to 29.958).
    expect(edited.dip.point.year).toBe(2010);
    expect(edited.dip.previous).toMatchObject({ year: 2009, amount: { value: 31 } });
    expect(edited.peak.point).toMatchObject({ year: 2019, amount: { value: 55 } });
  });

  it("never takes the peak from the continuation (another count than the IMF series)", () => {
    const gaccMax = Math.max(...regionRows("CHN", "China GACC").map((row) => row.turnover_usd_bn.value));
    expect(gaccMax).toBeGreaterThan(model.peak.point.amount.value);
    expect(model.peak.point.basis).toBe("imf-chn");
  });

  it("names the year before the latest as the record, and says whether it is the highest so far", () => {
    const chn = model.series.CHN.points;
    const before = chn.filter((point) => point.year < model.comparisonYear);
    expect(model.record.point).toBe(before.at(-1));
    expect(model.record.isHighest).toBe(true);
    const lower = buildTradeModel(editTrade(isChnGacc(model.record.point.year), { turnover_usd_bn: billions(40) }));
    expect(lower.record.point.amount.value).toBe(40);
    expect(lower.record.isHighest).toBe(false);
  });

  it("fails, naming what it cannot find, when China never leads Russia", () => {
    const data = removeTrade((row) => row.partner === "CHN" && row.reporter_iso3 === "CA5" && row.year >= 2008);
    expect(() => buildTradeModel(data)).toThrow(/China leads Russia/);
  });
});
