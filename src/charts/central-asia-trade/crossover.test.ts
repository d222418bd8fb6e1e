import { describe, expect, it } from "vitest";
import type { TradeChartRows } from "./chartRows.ts";
import { findCrossoverYear } from "./crossover.ts";
import { buildSeries, type SeriesPoint } from "./series.ts";
import { seriesRules, type SeriesRule } from "./sourceRules.ts";
import { editRows, realRows } from "./tradeFixture.ts";

const ruleOf = (partner: string) => seriesRules.find((rule) => rule.partner === partner) as SeriesRule;
const crossoverIn = (rows: TradeChartRows) =>
  findCrossoverYear(buildSeries(rows, ruleOf("CHN")).points, buildSeries(rows, ruleOf("RUS")).points);
const isRusDots = (year: number) => (row: TradeChartRows[number]) =>
  row.partner === "RUS" && row.reporter_iso3 === "CA5" && row.year === year && row.source.startsWith("IMF DOTS");

/** An independent check: the first year from which China leads in every later shared year. */
function bruteForce(rows: TradeChartRows): number | undefined {
  const chn = new Map(buildSeries(rows, ruleOf("CHN")).points.map((p) => [p.year, p] as const));
  const rus = new Map(buildSeries(rows, ruleOf("RUS")).points.map((p) => [p.year, p] as const));
  const shared = [...chn.keys()].filter((y) => rus.has(y) && !rus.get(y)?.isLowerBound).sort((a, b) => a - b);
  return shared.find((start) =>
    shared.filter((y) => y >= start).every((y) => (chn.get(y)?.value ?? 0) > (rus.get(y)?.value ?? 0)),
  );
}

describe("findCrossoverYear", () => {
  it("finds the year China overtook Russia for good in the real data", () => {
    expect(crossoverIn(realRows)).toBe(bruteForce(realRows));
    expect(crossoverIn(realRows)).toBe(2008);
  });

  it("moves when the data move: Russia ahead again in 2015 pushes it to 2016", () => {
    const edited = editRows(realRows, isRusDots(2015), { turnover_usd_bn: 40 });
    expect(crossoverIn(edited)).toBe(2016);
    expect(crossoverIn(edited)).toBe(bruteForce(edited));
  });

  it("moves earlier when China leads sooner", () => {
    const edited = editRows(realRows, isRusDots(2007), { turnover_usd_bn: 19 });
    expect(crossoverIn(edited)).toBe(2007);
  });

  it("is undefined when China is behind in the latest comparable year", () => {
    const point = (year: number, value: number, isLowerBound = false): SeriesPoint => ({
      year,
      value,
      decimals: 0,
      basis: "x",
      isLowerBound,
      line: year,
      sourceUrl: "",
    });
    expect(findCrossoverYear([point(2000, 5), point(2001, 1)], [point(2000, 2), point(2001, 3)])).toBeUndefined();
  });

  it("ignores lower bounds, which cannot be ranked", () => {
    const point = (year: number, value: number, isLowerBound = false): SeriesPoint => ({
      year,
      value,
      decimals: 0,
      basis: "x",
      isLowerBound,
      line: year,
      sourceUrl: "",
    });
    const chn = [point(2000, 5), point(2001, 5)];
    expect(findCrossoverYear(chn, [point(2000, 2), point(2001, 9, true)])).toBe(2000);
  });
});
