import { describe, expect, it } from "vitest";
import { editTrade, realData } from "../../../../test/realData.ts";
import type { Datasets } from "../../../data/datasets.ts";
import { buildTradeModel, type TradeModel } from "../model/buildModel.ts";
import { tradeStateIds, tradeStateSpecs } from "../states.ts";
import { announceTradeState, describeTradeState } from "./describe.ts";
import { figureText } from "./labels.ts";
import { stateNames } from "./names.ts";

type TradeRow = Datasets["trade"][number];

const model = buildTradeModel(realData);
const at = (m: TradeModel, partner: "CHN" | "RUS" | "EU", year: number) =>
  figureText(m.series[partner].points.find((point) => point.year === year));
const isGacc = (partner: string, iso3: string, year: number) => (row: TradeRow) =>
  row.partner === partner && row.reporter_iso3 === iso3 && row.year === year && row.source.startsWith("China GACC");
const isRia = (iso3: string, year: number) => (row: TradeRow) =>
  row.partner === "RUS" && row.reporter_iso3 === iso3 && row.year === year && row.source.startsWith("RIA Novosti");

describe("describeTradeState", () => {
  it("introduces a line state with its lines and years, and the bar state as a bar chart", () => {
    for (const stateId of tradeStateIds) {
      const spec = tradeStateSpecs[stateId];
      const text = describeTradeState(model, stateId);
      if (spec.view === "bars") expect(text).toMatch(/^Bar chart of/);
      else expect(text).toMatch(new RegExp(`^Line chart of .*, ${model.firstYear} to ${spec.revealTo(model)},`));
    }
    expect(describeTradeState(model, "russia-era")).toContain("with China and Russia,");
    expect(describeTradeState(model, "crossover")).toContain("with China, Russia and the EU,");
  });

  it("gives the crossover year's three figures from the lines", () => {
    const year = model.crossoverYear;
    const text = describeTradeState(model, "crossover");
    for (const partner of ["CHN", "RUS", "EU"] as const) expect(text).toContain(at(model, partner, year));
    expect(announceTradeState(model, "crossover")).toContain(`${year}: China passes Russia`);
  });

  it("claims Russia led every year only when it did", () => {
    expect(describeTradeState(model, "russia-era")).toContain("Russia's figure is the higher in every year shown.");
    const isChn1999 = (row: TradeRow) =>
      row.partner === "CHN" && row.reporter_iso3 === "CA5" && row.year === 1999 && row.source.startsWith("IMF DOTS");
    const edited = buildTradeModel(editTrade(isChn1999, { turnover_usd_bn: { value: 9, decimals: 0 } }));
    expect(edited.crossoverYear).toBe(model.crossoverYear);
    expect(describeTradeState(edited, "russia-era")).not.toContain("every year");
    expect(announceTradeState(edited, "russia-era")).not.toContain("every year");
  });

  it("says where China's line has a gap, and gives Russia's statements as stated", () => {
    const text = describeTradeState(model, "invasion");
    expect(text).toContain("No Chinese total was found for 2021");
    const rus = model.series.RUS;
    for (const point of rus.points.filter((each) => each.year > rus.lastPrimaryYear && each.year <= 2022)) {
      expect(text).toContain(`${figureText(point)} for ${point.year}`);
    }
  });

  it("calls the record a record only while it is the highest figure", () => {
    expect(announceTradeState(model, "record")).toContain("a record");
    const year = model.record.point.year;
    const lower = buildTradeModel(
      editTrade(isGacc("CHN", "CA5", year), { turnover_usd_bn: { value: 40, decimals: 1 } }),
    );
    expect(describeTradeState(lower, "record")).toContain("$40.0 billion");
    expect(describeTradeState(lower, "record")).not.toContain("highest");
    expect(announceTradeState(lower, "record")).not.toContain("record");
  });

  it("names every other count of the latest year, by whose count it is", () => {
    const text = describeTradeState(model, "two-counts");
    for (const comparison of model.comparisons) expect(text).toContain(figureText(comparison));
    expect(text).toContain("Eurasian Development Bank");
  });

  it("lists every state's pair in the bar view, 'not published' where a figure is missing", () => {
    const text = describeTradeState(model, "by-country");
    for (const pair of model.byCountry.pairs) {
      const part = (partner: "CHN" | "RUS") => figureText(pair.values[partner]).replace("no figure", "not published");
      expect(text).toContain(`${stateNames[pair.iso3]}: China ${part("CHN")}, Russia ${part("RUS")}`);
    }
    expect(text).toContain("China's figure is the larger for every state with both figures.");
    const flipped = buildTradeModel(
      editTrade(isRia("KAZ", model.byCountry.year), { turnover_usd_bn: { value: 50, decimals: 1 } }),
    );
    expect(describeTradeState(flipped, "by-country")).not.toContain("larger for every state");
    expect(announceTradeState(flipped, "by-country")).toContain("not the larger for every state");
  });

  it("keeps the capitals of the events' names in running text", () => {
    for (const stateId of tradeStateIds) {
      const { markers } = tradeStateSpecs[stateId];
      const texts = [describeTradeState(model, stateId), announceTradeState(model, stateId)];
      for (const id of markers) {
        // Proper names inside a label ("Rail link at Khorgos", "Russia invades Ukraine") stay capitalised.
        const names = model.markers[id].label
          .split(" ")
          .slice(1)
          .filter((word) => /^[A-Z]/.test(word));
        for (const text of texts) for (const name of names) expect(text, `${stateId}: ${id}`).toContain(name);
      }
    }
  });
});

describe("announceTradeState", () => {
  it("repeats no chart preamble and stays short", () => {
    for (const stateId of tradeStateIds) {
      const text = announceTradeState(model, stateId);
      expect(text).not.toMatch(/chart/i);
      expect(text.length, stateId).toBeLessThan(describeTradeState(model, stateId).length + 1);
    }
  });

  it("follows the data: a new figure changes the words", () => {
    const year = model.comparisonYear;
    const edited = buildTradeModel(
      editTrade(isGacc("CHN", "CA5", year), { turnover_usd_bn: { value: 99.1, decimals: 1 } }),
    );
    expect(announceTradeState(model, "two-counts")).toContain(at(model, "CHN", year));
    expect(announceTradeState(edited, "two-counts")).toContain("$99.1 billion");
  });
});
