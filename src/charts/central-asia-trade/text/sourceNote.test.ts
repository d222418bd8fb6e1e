import { describe, expect, it } from "vitest";
import { realData, removeTrade } from "../../../../test/realData.ts";
import { buildTradeModel } from "../model/buildModel.ts";
import { describeTradeSources } from "./sourceNote.ts";

describe("describeTradeSources", () => {
  it("credits the sources the chart draws from, the IMF once with its reporters", () => {
    const note = describeTradeSources(buildTradeModel(realData));
    expect(note).toMatch(/^Source: IMF Direction of Trade Statistics \(as reported by China, Russia and the EU\), /);
    expect(note.match(/IMF/g)).toHaveLength(1);
    expect(note).toContain("China's customs (GACC)");
    expect(note).toContain("Russian officials' statements");
    expect(note).toContain("Eurasian Development Bank");
    expect(note).toContain("RIA Novosti");
    expect(note).toMatch(/goods only, current US\$\.$/);
  });

  it("follows the rows: without the EDB row, no EDB credit", () => {
    const data = removeTrade((row) => row.source.startsWith("Eurasian Development Bank"));
    const note = describeTradeSources(buildTradeModel(data));
    expect(note).not.toContain("Eurasian Development Bank");
    expect(note).toContain("China's customs (GACC)");
  });

  it("names no basis by its internal slug", () => {
    const note = describeTradeSources(buildTradeModel(realData));
    expect(note).not.toMatch(/\b(imf-\w+|gacc|edb|ria|kazakh-ministry|uzstat)\b/);
  });
});
