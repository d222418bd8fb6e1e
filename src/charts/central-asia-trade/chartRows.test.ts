import { describe, expect, it } from "vitest";
import { decimalsOf } from "./chartRows.ts";
import { realRows } from "./tradeFixture.ts";

describe("the trade chart's rows", () => {
  it("count the decimal places a number was written with", () => {
    expect(decimalsOf("41.0")).toBe(1);
    expect(decimalsOf("94.82")).toBe(2);
    expect(decimalsOf("0.781")).toBe(3);
    expect(decimalsOf("45")).toBe(0);
  });

  it("carry each turnover cell's precision from the CSV, which the parsed number loses", () => {
    const kaz = realRows.find((row) => row.year === 2023 && row.partner === "CHN" && row.reporter_iso3 === "KAZ");
    expect(kaz).toMatchObject({ turnover_usd_bn: 41, turnoverDecimals: 1 });
    const gacc = realRows.find((row) => row.turnover_usd_bn === 94.82);
    expect(gacc?.turnoverDecimals).toBe(2);
    expect(realRows.every((row) => Number.isInteger(row.turnoverDecimals))).toBe(true);
  });
});
