import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { buildTradeModel } from "./model/buildModel.ts";
import { markerRules } from "./model/markers.ts";
import { assertTradeState, tradeShareState, tradeStateIds, tradeStateSpecs, tradeSummaryState } from "./states.ts";

describe("the trade chart's states", () => {
  const model = buildTradeModel(realData);

  it("specify every state id, each with its own label", () => {
    expect(Object.keys(tradeStateSpecs)).toEqual([...tradeStateIds]);
    const labels = tradeStateIds.map((id) => tradeStateSpecs[id].label);
    expect(new Set(labels).size).toBe(labels.length);
  });

  it("move forward in time, never back, from one line state to the next", () => {
    const lines = tradeStateIds.filter((id) => tradeStateSpecs[id].view === "lines");
    const years = lines.map((id) => tradeStateSpecs[id].revealTo(model));
    expect(years).toEqual([...years].sort((a, b) => a - b));
    expect(years.at(-1)).toBe(model.lastYear);
  });

  it("mark only known events, each in a state that reveals its year", () => {
    const known = markerRules.map((rule) => rule.id as string);
    for (const id of tradeStateIds) {
      const spec = tradeStateSpecs[id];
      for (const marker of spec.markers) {
        expect(known, id).toContain(marker);
        expect(model.markers[marker].year, `${id}: ${marker}`).toBeLessThanOrEqual(spec.revealTo(model));
      }
    }
  });

  it("mark every known event in some state", () => {
    const marked = new Set(tradeStateIds.flatMap((id) => tradeStateSpecs[id].markers));
    expect([...marked].sort()).toEqual(markerRules.map((rule) => rule.id).sort());
  });

  it("narrow a known id and reject an unknown one with the allowed ids", () => {
    expect(assertTradeState("record")).toBe("record");
    expect(() => assertTradeState("2024")).toThrow(
      /Unknown central-asia-trade state "2024"; allowed: russia-era, .*by-country/,
    );
    expect(tradeStateIds).toContain(tradeSummaryState);
    expect(tradeStateIds).toContain(tradeShareState);
  });
});
