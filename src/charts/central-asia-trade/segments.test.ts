import { describe, expect, it } from "vitest";
import { segmentSeries } from "./segments.ts";
import { buildSeries, type TradeSeries } from "./series.ts";
import { seriesRules, type SeriesRule } from "./sourceRules.ts";
import { realRows } from "./tradeFixture.ts";

const ruleOf = (partner: string) => seriesRules.find((rule) => rule.partner === partner) as SeriesRule;
const segmentsOf = (partner: string) => segmentSeries(buildSeries(realRows, ruleOf(partner)), ruleOf(partner));

describe("segmentSeries", () => {
  it("leaves China's 2021 gap open: no stretch spans it", () => {
    const segments = segmentsOf("CHN");
    for (const segment of segments) {
      const years = segment.points.map((point) => point.year);
      for (let i = 1; i < years.length; i += 1) expect((years[i] ?? 0) - (years[i - 1] ?? 0)).toBe(1);
    }
    expect(segments.map((segment) => segment.key)).toEqual(["CHN-dots", "CHN-gacc"]);
    expect(segments[1]?.points[0]?.year).toBe(2022);
  });

  it("joins Russia's statements to its last IMF point, drawn dashed", () => {
    const [dots, statements] = segmentsOf("RUS");
    expect(dots?.isDashed).toBe(false);
    expect(statements?.isDashed).toBe(true);
    expect(statements?.points[0]).toBe(dots?.points.at(-1));
    expect(statements?.points.slice(1).every((point) => point.basis === "statement")).toBe(true);
  });

  it("keeps China's GACC continuation solid: same customs basis", () => {
    expect(segmentsOf("CHN").every((segment) => !segment.isDashed)).toBe(true);
  });

  it("splits a basis at a missing year and keys the second stretch apart", () => {
    const series = buildSeries(realRows, ruleOf("EU"));
    const holed: TradeSeries = { ...series, points: series.points.filter((point) => point.year !== 2010) };
    const segments = segmentSeries(holed, ruleOf("EU"));
    expect(segments.map((segment) => segment.key)).toEqual(["EU-dots", "EU-dots-2"]);
    expect(segments[0]?.points.at(-1)?.year).toBe(2009);
    expect(segments[1]?.points[0]?.year).toBe(2011);
  });
});
