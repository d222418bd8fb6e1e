import { describe, expect, it } from "vitest";
import { buildSeries } from "./series.ts";
import { seriesRules } from "./sourceRules.ts";
import { addRow, editRows, realRows, regionRows } from "./tradeFixture.ts";

const rule = (partner: string) => {
  const found = seriesRules.find((candidate) => candidate.partner === partner);
  if (!found) throw new Error(partner);
  return found;
};

describe("buildSeries", () => {
  it("takes China's IMF years, then GACC only for later years, with 2021 missing", () => {
    const series = buildSeries(realRows, rule("CHN"));
    const dotsYears = regionRows(realRows, "CHN", "IMF DOTS (CHN-reported").map((row) => row.year);
    const lastDots = Math.max(...dotsYears);
    const gaccYears = regionRows(realRows, "CHN", "China GACC")
      .map((row) => row.year)
      .filter((year) => year > lastDots);
    expect(series.points.map((point) => point.year)).toEqual([...dotsYears, ...gaccYears].sort((a, b) => a - b));
    expect(series.points.some((point) => point.year === 2021)).toBe(false);
    expect(series.points.filter((point) => point.basis === "gacc").every((point) => point.year > lastDots)).toBe(true);
  });

  it("keeps each point's value and CSV line exactly as in its row", () => {
    for (const point of buildSeries(realRows, rule("RUS")).points) {
      const row = realRows.find((candidate) => candidate.line === point.line);
      expect(row?.turnover_usd_bn).toBe(point.value);
      expect(row?.year).toBe(point.year);
      expect(row?.source_url).toBe(point.sourceUrl);
    }
  });

  it("uses Russian statements only after the IMF series: the 2017 statement is left out", () => {
    const series = buildSeries(realRows, rule("RUS"));
    const in2017 = series.points.filter((point) => point.year === 2017);
    expect(in2017).toHaveLength(1);
    expect(in2017[0]?.basis).toBe("dots");
    const statements = series.points.filter((point) => point.basis === "statement").map((point) => point.year);
    expect(statements).toEqual([2021, 2022, 2023, 2024]);
  });

  it("never uses other counts (Central Asian statistics, EDB) in a line", () => {
    for (const partner of ["CHN", "RUS", "EU"]) {
      const lines = new Set(buildSeries(realRows, rule(partner)).points.map((point) => point.line));
      const others = realRows.filter((row) => /^(Central Asian|Eurasian)/.test(row.source)).map((row) => row.line);
      expect(others.some((line) => lines.has(line))).toBe(false);
    }
  });

  it("flags lower bounds exactly where the row's bound is 'lower'", () => {
    const series = buildSeries(realRows, rule("RUS"));
    for (const point of series.points) {
      const row = realRows.find((candidate) => candidate.line === point.line);
      expect(point.isLowerBound).toBe(row?.bound === "lower");
    }
    const edited = editRows(realRows, (row) => row.partner === "RUS" && row.year === 2022 && row.bound === "lower", {
      bound: "",
    });
    expect(buildSeries(edited, rule("RUS")).points.find((point) => point.year === 2022)?.isLowerBound).toBe(false);
  });

  it("takes a new year of data without a code change", () => {
    const withNewYear = addRow(realRows, {
      year: 2025,
      partner: "CHN",
      reporter_iso3: "CA5",
      turnover_usd_bn: 101.5,
      exports_usd_bn: undefined,
      imports_usd_bn: undefined,
      source: "China GACC customs (partner-reported), via press",
      source_url: "https://example.org/2025",
      notes: "",
      bound: "",
    });
    expect(buildSeries(withNewYear, rule("CHN")).points.at(-1)).toMatchObject({
      year: 2025,
      value: 101.5,
      basis: "gacc",
    });
  });

  it("moves the hand-over when the primary series gains a year", () => {
    const dots2020 = regionRows(realRows, "RUS", "IMF DOTS (RUS-reported").find((row) => row.year === 2020);
    if (!dots2020) throw new Error("fixture");
    const extended = addRow(realRows, { ...dots2020, year: 2021, turnover_usd_bn: 30.5 });
    const points = buildSeries(extended, rule("RUS")).points;
    expect(points.find((point) => point.year === 2021)).toMatchObject({ basis: "dots", value: 30.5 });
    expect(points.filter((point) => point.year === 2021)).toHaveLength(1);
  });

  it("fails with a message naming the missing source", () => {
    const withoutEu = realRows.filter((row) => row.partner !== "EU");
    expect(() => buildSeries(withoutEu, rule("EU"))).toThrow(/IMF DOTS \(EU-reported/);
  });
});
