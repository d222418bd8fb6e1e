import { describe, expect, it } from "vitest";
import { buildTradeModel } from "./model.ts";
import { describeTradeSources } from "./sourceNote.ts";
import { realEvents, realRows } from "./tradeFixture.ts";

describe("describeTradeSources", () => {
  it("credits the sources the chart draws from, IMF reporters once", () => {
    const note = describeTradeSources(buildTradeModel(realRows, realEvents));
    expect(note).toMatch(/^Source: IMF Direction of Trade Statistics \(China-, Russia- and EU-reported\), /);
    expect(note).toContain("China's customs (GACC)");
    expect(note).toContain("Russian government statements");
    expect(note).toContain("Eurasian Development Bank");
    expect(note).toMatch(/goods only, current US\$\.$/);
  });

  it("follows the rows: without the EDB row, no EDB credit", () => {
    const rows = realRows.filter((row) => !row.source.startsWith("Eurasian Development Bank"));
    expect(describeTradeSources(buildTradeModel(rows, realEvents))).not.toContain("Eurasian Development Bank");
  });
});
