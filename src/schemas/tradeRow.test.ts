import { describe, expect, it } from "vitest";
import { DataError } from "../data/DataError.ts";
import { parseCsv } from "../data/parseCsv.ts";
import { realData } from "../../test/realData.ts";
import { checkTradeRows, tradeColumns, tradeRowSchema } from "./tradeRow.ts";

const header = tradeColumns.join(",");
const good = `2022,RUS,CA5,42.0,,,"Russian government statement (partner-side, aggregate)",https://tass.com/economy/1609307,"over $42 bln",lower`;

function parse(...lines: string[]) {
  return parseCsv([header, ...lines].join("\n"), "trade.csv", tradeRowSchema, tradeColumns);
}

function issuesOf(...lines: string[]) {
  try {
    parse(...lines);
  } catch (error) {
    if (error instanceof DataError) return error.issues;
    throw error;
  }
  return [];
}

describe("tradeRowSchema", () => {
  it("reads a valid row: numbers as numbers, empty splits as not reported (never 0)", () => {
    const [row] = parse(good);
    expect(row).toMatchObject({ year: 2022, partner: "RUS", bound: "lower", line: 2 });
    expect(row?.turnover_usd_bn).toEqual({ value: 42, decimals: 1 });
    expect(row?.exports_usd_bn).toBeUndefined();
    expect(row?.imports_usd_bn).toBeUndefined();
  });

  it("rejects a non-numeric value, naming the line and field", () => {
    const issues = issuesOf(good.replace(",42.0,", ",about 42,"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "trade.csv", line: 2, field: "turnover_usd_bn" });
  });

  it("rejects a value with a unit or thousands separator", () => {
    expect(issuesOf(good.replace(",42.0,", ",$42bn,"))[0]?.field).toBe("turnover_usd_bn");
    expect(issuesOf(good.replace(",42.0,,,", ",42.0,1,000,,"))).not.toHaveLength(0);
  });

  it("rejects an unknown partner and an unknown reporter", () => {
    expect(issuesOf(good.replace(",RUS,", ",USA,"))[0]?.field).toBe("partner");
    expect(issuesOf(good.replace(",CA5,", ",CA6,"))[0]?.field).toBe("reporter_iso3");
  });

  it("rejects a missing source and a missing turnover", () => {
    expect(issuesOf(good.replace(`"Russian government statement (partner-side, aggregate)"`, ""))[0]?.field).toBe(
      "source",
    );
    expect(issuesOf(good.replace(",42.0,", ",,"))[0]?.field).toBe("turnover_usd_bn");
  });

  it("accepts only an empty bound or 'lower'", () => {
    expect(parse(good.replace(/,lower$/, ","))[0]?.bound).toBe("");
    expect(issuesOf(good.replace(/,lower$/, ",upper"))[0]?.field).toBe("bound");
  });

  it("reports every bad row, not just the first", () => {
    const issues = issuesOf(good.replace(",RUS,", ",XX,"), good.replace(",42.0,", ",x,"));
    expect(issues.map((issue) => issue.line)).toEqual([2, 3]);
  });
});

const dots = `2020,CHN,CA5,38.557,17.361,21.196,"IMF DOTS (CHN-reported, sum)",https://example.org/dots,,`;
const gacc = `2020,CHN,CA5,40.0,,,"China GACC customs (partner-reported), via press",https://example.org/gacc,,`;

function checkIssues(...lines: string[]) {
  try {
    checkTradeRows(parse(...lines), "trade.csv");
  } catch (error) {
    if (error instanceof DataError) return error.issues;
    throw error;
  }
  return [];
}

describe("checkTradeRows", () => {
  it("accepts the same year and partner from two different sources", () => {
    expect(checkIssues(dots, gacc, good)).toEqual([]);
  });

  it("rejects the same year, partner, reporter and source twice, naming both lines", () => {
    const issues = checkIssues(dots, gacc, dots.replace("38.557", "38.6"));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ file: "trade.csv", line: 4, field: "source" });
    expect(issues[0]?.message).toContain("line 2");
  });

  it("rejects a source that is none of the known bases, naming the line and the known prefixes", () => {
    const unknown = gacc.replace("China GACC customs (partner-reported), via press", "World Bank WITS");
    const issues = checkIssues(dots, unknown, good.replace("Russian government", "Kremlin"));
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [3, "source"],
      [4, "source"],
    ]);
    expect(issues[0]?.message).toContain('"World Bank WITS"');
    expect(issues[0]?.message).toContain('"China GACC customs…"');
    expect(issues[0]?.message).toContain("tradeBases.ts");
  });

  it("rejects a turnover that is not exports plus imports beyond the rounding written", () => {
    const typo = dots.replace("38.557", "38.575");
    const issues = checkIssues(typo);
    expect(issues).toEqual([expect.objectContaining({ line: 2, field: "turnover_usd_bn" })]);
    expect(issues[0]?.message).toContain('"38.575" is not exports plus imports (17.361 + 21.196 = 38.557');
  });

  it("allows the rounding of figures written with fewer decimals", () => {
    // 8.2 + 22.6 = 30.8: each figure may be 0.05 off, so 30.85 is within the sum's rounding, 30.95 is not.
    const rounded = (turnover: string) => dots.replace("38.557,17.361,21.196", `${turnover},8.2,22.6`);
    expect(checkIssues(rounded("30.85"))).toEqual([]);
    expect(checkIssues(rounded("30.95"))).toHaveLength(1);
  });

  it("checks the sum only where all three figures are given", () => {
    expect(checkIssues(dots.replace("17.361", ""))).toEqual([]);
  });

  it("accepts every row of the real file", () => {
    expect(() => checkTradeRows(realData.trade, "central-asia-trade.csv")).not.toThrow();
  });
});
