import { describe, expect, it } from "vitest";
import { addTrade, editTrade, realData, regionRows, removeTrade } from "../../../../test/realData.ts";
import type { TradePartner } from "../../../schemas/tradeRow.ts";
import { seriesRules, type SeriesRule } from "./rules.ts";
import { buildSeries, segmentSeries } from "./series.ts";

const rule = (partner: TradePartner): SeriesRule => {
  const found = seriesRules.find((candidate) => candidate.partner === partner);
  if (!found) throw new Error(partner);
  return found;
};
const seriesOf = (partner: TradePartner, data = realData) => buildSeries(data.trade, rule(partner));

describe("buildSeries", () => {
  it("takes China's IMF years, then GACC only for later years, with 2021 missing", () => {
    const dotsYears = regionRows("CHN", "IMF DOTS (CHN-reported").map((row) => row.year);
    const lastDots = Math.max(...dotsYears);
    const gaccYears = regionRows("CHN", "China GACC")
      .map((row) => row.year)
      .filter((year) => year > lastDots);
    const series = seriesOf("CHN");
    expect(series.points.map((point) => point.year)).toEqual([...dotsYears, ...gaccYears].sort((a, b) => a - b));
    expect(series.lastPrimaryYear).toBe(lastDots);
    expect(series.points.some((point) => point.year === 2021)).toBe(false);
    expect(series.points.filter((point) => point.basis === "gacc").every((point) => point.year > lastDots)).toBe(true);
  });

  it("keeps each point's amount, source and CSV line exactly as in its row", () => {
    for (const partner of ["CHN", "RUS", "EU"] as const) {
      for (const point of seriesOf(partner).points) {
        const row = realData.trade.find((candidate) => candidate.line === point.line);
        expect(row?.turnover_usd_bn).toEqual(point.amount);
        expect(row?.year).toBe(point.year);
        expect(row?.partner).toBe(partner);
        expect(row?.reporter_iso3).toBe("CA5");
        expect(row?.source_url).toBe(point.sourceUrl);
      }
    }
  });

  it("uses Russian statements only after the IMF series: an earlier statement is left out", () => {
    const lastDots = Math.max(...regionRows("RUS", "IMF DOTS (RUS-reported").map((row) => row.year));
    const statementYears = regionRows("RUS", "Russian government statement").map((row) => row.year);
    expect(statementYears.some((year) => year <= lastDots)).toBe(true);
    const series = seriesOf("RUS");
    for (const year of statementYears.filter((each) => each <= lastDots)) {
      const points = series.points.filter((point) => point.year === year);
      expect(
        points.map((point) => point.basis),
        String(year),
      ).toEqual(["imf-rus"]);
    }
    expect(series.points.filter((point) => point.basis === "statement").map((point) => point.year)).toEqual(
      statementYears.filter((year) => year > lastDots).sort((a, b) => a - b),
    );
  });

  it("marks statements as printed as stated, and nothing else", () => {
    for (const partner of ["CHN", "RUS", "EU"] as const) {
      for (const point of seriesOf(partner).points) expect(point.isStatement).toBe(point.basis === "statement");
    }
  });

  it("never uses other counts (Central Asian statistics, EDB) in a line", () => {
    const others = new Set(
      realData.trade.filter((row) => /^(Central Asian|Eurasian)/.test(row.source)).map((row) => row.line),
    );
    expect(others.size).toBeGreaterThan(0);
    for (const partner of ["CHN", "RUS", "EU"] as const) {
      expect(seriesOf(partner).points.filter((point) => others.has(point.line))).toEqual([]);
    }
  });

  it("flags lower bounds exactly where the row's bound is 'lower'", () => {
    const points = seriesOf("RUS").points;
    expect(points.some((point) => point.isLowerBound)).toBe(true);
    for (const point of points) {
      const row = realData.trade.find((candidate) => candidate.line === point.line);
      expect(point.isLowerBound).toBe(row?.bound === "lower");
    }
    const edited = editTrade((row) => row.partner === "RUS" && row.year === 2022 && row.bound === "lower", {
      bound: "",
    });
    expect(seriesOf("RUS", edited).points.find((point) => point.year === 2022)?.isLowerBound).toBe(false);
  });

  it("takes a new year of data without a code change", () => {
    const withNewYear = addTrade({
      year: 2025,
      partner: "CHN",
      reporter_iso3: "CA5",
      turnover_usd_bn: { value: 101.5, decimals: 1 },
      exports_usd_bn: undefined,
      imports_usd_bn: undefined,
      source: "China GACC customs (partner-reported), via press",
      source_url: "https://example.org/2025",
      notes: "",
      bound: "",
    });
    expect(seriesOf("CHN", withNewYear).points.at(-1)).toMatchObject({
      year: 2025,
      amount: { value: 101.5, decimals: 1 },
      basis: "gacc",
    });
  });

  it("moves the hand-over when the primary series gains a year", () => {
    const dots2020 = regionRows("RUS", "IMF DOTS (RUS-reported").find((row) => row.year === 2020);
    if (!dots2020) throw new Error("fixture");
    const extended = addTrade({ ...dots2020, year: 2021, turnover_usd_bn: { value: 30.5, decimals: 1 } });
    const series = seriesOf("RUS", extended);
    expect(series.lastPrimaryYear).toBe(2021);
    expect(series.points.filter((point) => point.year === 2021)).toEqual([
      expect.objectContaining({ basis: "imf-rus", amount: { value: 30.5, decimals: 1 } }),
    ]);
  });

  it("fails with a message naming the partner and the missing source", () => {
    const withoutEu = removeTrade((row) => row.partner === "EU");
    expect(() => seriesOf("EU", withoutEu)).toThrow(/EU.*"imf-eu"/);
  });
});

describe("segmentSeries", () => {
  it("leaves China's 2021 gap open: no stretch spans a missing year", () => {
    const { segments } = seriesOf("CHN");
    for (const segment of segments) {
      const years = segment.points.map((point) => point.year);
      for (let i = 1; i < years.length; i += 1) expect((years[i] ?? 0) - (years[i - 1] ?? 0)).toBe(1);
    }
    expect(segments.map((segment) => segment.key)).toEqual(["CHN-imf-chn", "CHN-gacc"]);
    expect(segments[1]?.points[0]?.year).toBe(2022);
  });

  it("joins Russia's statements to its last IMF point, drawn dashed", () => {
    const [dots, statements] = seriesOf("RUS").segments;
    expect(dots?.isDashed).toBe(false);
    expect(statements?.isDashed).toBe(true);
    expect(statements?.points[0]).toBe(dots?.points.at(-1));
    expect(statements?.points.slice(1).every((point) => point.basis === "statement")).toBe(true);
  });

  it("keeps China's GACC continuation solid: same customs basis", () => {
    expect(seriesOf("CHN").segments.every((segment) => !segment.isDashed)).toBe(true);
  });

  it("splits a basis at a missing year and keys the second stretch apart", () => {
    const holed = seriesOf("EU").points.filter((point) => point.year !== 2010);
    const segments = segmentSeries("EU", holed, rule("EU"));
    expect(segments.map((segment) => segment.key)).toEqual(["EU-imf-eu", "EU-imf-eu-2"]);
    expect(segments[0]?.points.at(-1)?.year).toBe(2009);
    expect(segments[1]?.points[0]?.year).toBe(2011);
  });

  it("puts every point in exactly one stretch, besides the shared point at a change of basis", () => {
    for (const partner of ["CHN", "RUS", "EU"] as const) {
      const series = seriesOf(partner);
      const drawn = series.segments.flatMap((segment) => segment.points);
      const shared = series.segments.slice(1).filter((segment) => segment.points[0]?.basis !== segment.basis).length;
      expect(drawn.length, partner).toBe(series.points.length + shared);
      expect(new Set(drawn)).toEqual(new Set(series.points));
    }
  });
});
