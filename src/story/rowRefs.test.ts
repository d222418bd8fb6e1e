import { describe, expect, it } from "vitest";
import { realData, regionRows } from "../../test/realData.ts";
import { basisOf } from "../schemas/tradeBases.ts";
import { resolveRowRef, type ResolvedRow, type UnresolvedRow } from "./rowRefs.ts";

const resolved = (ref: string): ResolvedRow => {
  const row = resolveRowRef(ref, realData);
  if ("problem" in row) throw new Error(row.problem);
  return row;
};
const problem = (ref: string) => (resolveRowRef(ref, realData) as UnresolvedRow).problem;

describe("resolveRowRef", () => {
  it("finds the one row of a year, partner, reporter and source, with its figure and address", () => {
    const row = regionRows("CHN", "IMF DOTS (CHN-reported").find((each) => each.year === 2008);
    expect(resolved("trade/2008/CHN/CA5/imf-chn")).toMatchObject({
      address: `central-asia-trade.csv:${row?.line}`,
      line: row?.line,
      column: "turnover_usd_bn",
      amount: row?.turnover_usd_bn,
      isLowerBound: false,
      isStatement: false,
      sourceUrl: row?.source_url,
    });
  });

  it("needs no source where the year has only one row", () => {
    const rows = realData.trade.filter(
      (row) => row.year === 2008 && row.partner === "EU" && row.reporter_iso3 === "CA5",
    );
    expect(rows).toHaveLength(1);
    expect(resolved("trade/2008/EU/CA5").line).toBe(rows[0]?.line);
  });

  it("reads another column after #, and a lower bound only on the turnover", () => {
    const row = realData.trade.find(
      (each) =>
        each.year === 2023 && each.partner === "CHN" && each.reporter_iso3 === "CA5" && basisOf(each)?.slug === "gacc",
    );
    expect(resolved("trade/2023/CHN/CA5/gacc#exports_usd_bn")).toMatchObject({
      column: "exports_usd_bn",
      amount: row?.exports_usd_bn,
    });
    const statement = resolved("trade/2022/RUS/CA5/statement");
    expect(statement).toMatchObject({
      isLowerBound: true,
      isStatement: true,
      sourceName: "Russian officials' statements",
    });
  });

  it("lists the options, with their lines, for a citation that matches several rows", () => {
    const rows = realData.trade.filter(
      (row) => row.year === 2024 && row.partner === "CHN" && row.reporter_iso3 === "CA5",
    );
    expect(rows.length).toBeGreaterThan(1);
    const message = problem("trade/2024/CHN/CA5");
    expect(message).toContain(`matches ${rows.length} rows`);
    for (const row of rows) expect(message).toContain(`trade/2024/CHN/CA5/${basisOf(row)?.slug} (line ${row.line})`);
  });

  it("says when no row matches, and when the source is not a known one", () => {
    expect(problem("trade/1990/CHN/CA5/imf-chn")).toMatch(
      /no row of central-asia-trade\.csv matches "trade\/1990\/CHN\/CA5\/imf-chn"/,
    );
    expect(problem("trade/2008/CHN/CA5/imf")).toContain('"imf" is not a known source');
  });

  it("rejects a malformed citation, an unknown column and an empty cell, saying how to fix it", () => {
    expect(problem("membership/2001/KAZ")).toMatch(/not a citation of the form row:trade\/<year>/);
    expect(problem("trade/2008/CHN")).toMatch(/not a citation of the form/);
    expect(problem("trade/2008/CHN/CA5/imf-chn#notes")).toMatch(/"#notes" is not a column with figures/);
    const empty = realData.trade.find(
      (row) => row.reporter_iso3 === "CA5" && !row.exports_usd_bn && basisOf(row)?.slug === "statement",
    );
    if (!empty) throw new Error("fixture");
    expect(problem(`trade/${empty.year}/${empty.partner}/CA5/statement#exports_usd_bn`)).toBe(
      `central-asia-trade.csv:${empty.line} has no exports_usd_bn; cite another column or row.`,
    );
  });
});
