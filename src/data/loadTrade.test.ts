import { describe, expect, it } from "vitest";
import { tradeColumns, tradeRowSchema } from "../schemas/tradeRow.ts";
import { DataError } from "./DataError.ts";
import { checkTradeRows, loadTrade } from "./loadTrade.ts";
import { parseCsv } from "./readCsv.ts";

const header = tradeColumns.join(",");
const dots = `2020,CHN,CA5,38.557,17.361,21.196,"IMF DOTS (CHN-reported, sum)",https://example.org/dots,,`;
const gacc = `2020,CHN,CA5,40.0,,,"China GACC customs (partner-reported), via press",https://example.org/gacc,,`;

describe("loadTrade", () => {
  it("loads the project's CSV", () => {
    const rows = loadTrade();
    expect(rows.length).toBeGreaterThan(600);
    expect(rows.every((row) => row.source.length > 0)).toBe(true);
  });

  it("accepts the same year and partner from two different sources", () => {
    const rows = parseCsv([header, dots, gacc].join("\n"), "t.csv", tradeRowSchema, tradeColumns);
    expect(() => checkTradeRows(rows, "t.csv")).not.toThrow();
  });

  it("rejects the same year, partner, reporter and source twice, naming both lines", () => {
    const rows = parseCsv(
      [header, dots, gacc, dots.replace("38.557", "38.6")].join("\n"),
      "t.csv",
      tradeRowSchema,
      tradeColumns,
    );
    let error: unknown;
    try {
      checkTradeRows(rows, "t.csv");
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(DataError);
    const issue = (error as DataError).issues[0];
    expect(issue?.line).toBe(4);
    expect(issue?.message).toContain("line 2");
  });
});
