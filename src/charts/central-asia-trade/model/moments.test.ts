import { describe, expect, it } from "vitest";
import { editTrade, realData, regionRows } from "../../../../test/realData.ts";
import type { Datasets } from "../../../data/datasets.ts";
import { findCrossoverYear, findFirstFall, findPeak } from "./moments.ts";
import type { SourcedFigure } from "./points.ts";
import { seriesRules } from "./rules.ts";
import { buildSeries } from "./series.ts";

type TradeRow = Datasets["trade"][number];

const pointsOf = (data: Datasets, partner: "CHN" | "RUS") => {
  const rule = seriesRules.find((candidate) => candidate.partner === partner);
  if (!rule) throw new Error(partner);
  return buildSeries(data.trade, rule).points;
};
const crossoverIn = (data: Datasets) => findCrossoverYear(pointsOf(data, "CHN"), pointsOf(data, "RUS"));
const isImf = (partner: string, year: number) => (row: TradeRow) =>
  row.partner === partner && row.reporter_iso3 === "CA5" && row.year === year && row.source.startsWith("IMF DOTS");

/** An independent check: the first shared exact year from which China leads in every later one. */
function bruteForce(data: Datasets): number | undefined {
  const exact = (partner: "CHN" | "RUS") =>
    new Map(
      pointsOf(data, partner)
        .filter((point) => !point.isLowerBound)
        .map((point) => [point.year, point.amount.value] as const),
    );
  const chn = exact("CHN");
  const rus = exact("RUS");
  const shared = [...chn.keys()].filter((year) => rus.has(year)).sort((a, b) => a - b);
  return shared.find((start) =>
    shared.filter((year) => year >= start).every((year) => (chn.get(year) ?? 0) > (rus.get(year) ?? 0)),
  );
}

const point = (year: number, value: number, isLowerBound = false): SourcedFigure => ({
  year,
  amount: { value, decimals: 0 },
  basis: "x",
  isLowerBound,
  isStatement: false,
  line: year,
  sourceUrl: "",
});

describe("findCrossoverYear", () => {
  it("finds the year China overtook Russia for good in the real data", () => {
    expect(crossoverIn(realData)).toBe(bruteForce(realData));
    expect(crossoverIn(realData)).toBe(2008);
  });

  it("moves when the data move: Russia ahead again in 2015 pushes it to 2016", () => {
    const edited = editTrade(isImf("RUS", 2015), { turnover_usd_bn: { value: 40, decimals: 0 } });
    expect(crossoverIn(edited)).toBe(2016);
    expect(crossoverIn(edited)).toBe(bruteForce(edited));
  });

  it("moves earlier when China leads sooner", () => {
    const edited = editTrade(isImf("RUS", 2007), { turnover_usd_bn: { value: 19, decimals: 0 } });
    expect(crossoverIn(edited)).toBe(2007);
    expect(crossoverIn(edited)).toBe(bruteForce(edited));
  });

  it("is undefined when China is behind in the latest comparable year", () => {
    expect(findCrossoverYear([point(2000, 5), point(2001, 1)], [point(2000, 2), point(2001, 3)])).toBeUndefined();
  });

  it("ignores lower bounds, which cannot be ranked", () => {
    const chn = [point(2000, 5), point(2001, 5)];
    expect(findCrossoverYear(chn, [point(2000, 2), point(2001, 9, true)])).toBe(2000);
  });

  it("ignores years only one line has", () => {
    expect(findCrossoverYear([point(2000, 5), point(2002, 6)], [point(2000, 2), point(2001, 9)])).toBe(2000);
  });
});

describe("findFirstFall and findPeak", () => {
  const chnImf = () => regionRows("CHN", "IMF DOTS (CHN-reported");

  it("find the first fall after a year in consecutive years only", () => {
    const points = [point(2000, 1), point(2001, 3), point(2003, 2), point(2004, 1), point(2005, 0.5)];
    expect(findFirstFall(points, 2000)).toEqual({ point: points[3], previous: points[2] });
    expect(findFirstFall(points, 2004)).toEqual({ point: points[4], previous: points[3] });
    expect(findFirstFall(points, 2005)).toBeUndefined();
  });

  it("find the real 2009 dip after the crossover, from the rows", () => {
    const points = pointsOf(realData, "CHN");
    const fall = findFirstFall(points, 2008);
    const row2008 = chnImf().find((row) => row.year === 2008);
    const row2009 = chnImf().find((row) => row.year === 2009);
    expect(fall?.point.line).toBe(row2009?.line);
    expect(fall?.previous?.line).toBe(row2008?.line);
    expect(fall?.point.amount.value).toBeLessThan(fall?.previous?.amount.value ?? 0);
  });

  it("pick the highest value, the earliest when tied", () => {
    const points = [point(2000, 1), point(2001, 4), point(2002, 4), point(2003, 2)];
    expect(findPeak(points)?.point).toBe(points[1]);
    expect(findPeak([])).toBeUndefined();
  });

  it("pick the real IMF peak from the rows", () => {
    const rows = chnImf();
    const max = Math.max(...rows.map((row) => row.turnover_usd_bn.value));
    const primary = pointsOf(realData, "CHN").filter((each) => each.basis === "imf-chn");
    expect(findPeak(primary)?.point.line).toBe(rows.find((row) => row.turnover_usd_bn.value === max)?.line);
  });
});
