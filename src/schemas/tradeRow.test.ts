import { describe, expect, it } from "vitest";
import { DataError } from "../data/DataError.ts";
import { parseCsv } from "../data/parseCsv.ts";
import { tradeColumns, tradeRowSchema } from "./tradeRow.ts";

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
    expect(row).toMatchObject({ year: 2022, partner: "RUS", turnover_usd_bn: 42, bound: "lower", line: 2 });
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
