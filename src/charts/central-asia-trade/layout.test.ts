import { describe, expect, it } from "vitest";
import { chartDimensions } from "./dimensions.ts";
import { layoutTradeChart } from "./layout.ts";
import { buildTradeModel } from "./model.ts";
import { timeScale } from "./scales.ts";
import { chartSizes, type TradeScene } from "./scene.ts";
import { tradeStateIds } from "./states.ts";
import { editRows, realEvents, realRows } from "./tradeFixture.ts";

const model = buildTradeModel(realRows, realEvents);
const scenes = tradeStateIds.flatMap((stateId) => chartSizes.map((size) => layoutTradeChart(model, stateId, { size })));
const sceneOf = (stateId: string, size: "compact" | "wide" = "wide") =>
  scenes.find((scene) => scene.stateId === stateId && scene.size === size) as TradeScene;
const pointsOf = (scene: TradeScene) => scene.series.flatMap((series) => series.points);

/** Every key a scene draws, by kind: the updater relies on each state listing the same nodes. */
function keysOf(scene: TradeScene): string[] {
  return [
    ...scene.yTicks.map((t) => `y:${t.key}`),
    ...scene.xTicks.map((t) => `x:${t.key}`),
    ...scene.series.flatMap((s) => [
      `s:${s.key}`,
      ...s.segments.map((g) => `g:${g.key}`),
      ...s.points.map((p) => `p:${p.key}`),
    ]),
    ...scene.rules.map((r) => `r:${r.key}`),
    ...scene.texts.map((t) => `t:${t.key}`),
    ...scene.bars.map((b) => `b:${b.seriesKey}-${b.key}`),
  ];
}

describe("layoutTradeChart", () => {
  it("is pure: the same input gives an equal, plain-data scene", () => {
    for (const stateId of tradeStateIds) {
      const first = layoutTradeChart(buildTradeModel(realRows, realEvents), stateId, { size: "compact" });
      const second = layoutTradeChart(buildTradeModel(realRows, realEvents), stateId, { size: "compact" });
      expect(second).toEqual(first);
      expect(JSON.parse(JSON.stringify(first))).toEqual(first);
    }
  });

  it("lists the same keyed marks in every state, each key once", () => {
    for (const size of chartSizes) {
      const reference = keysOf(sceneOf("russia-era", size));
      expect(new Set(reference).size).toBe(reference.length);
      for (const stateId of tradeStateIds) expect(keysOf(sceneOf(stateId, size))).toEqual(reference);
    }
  });

  it("rejects an unknown state, listing the allowed ones", () => {
    expect(() => layoutTradeChart(model, "2008", { size: "wide" })).toThrow(/allowed: russia-era, crossover/);
  });

  it("draws no China point in 2021 and no stretch across it", () => {
    for (const scene of scenes.filter((s) => s.size === "wide" && s.revealed.to >= 2022)) {
      const x = timeScale(model, scene.revealed.to, chartDimensions.wide);
      const gapStart = x(2021);
      const gapEnd = x(2022);
      expect(pointsOf(scene).some((point) => point.key === "CHN-2021")).toBe(false);
      for (const segment of scene.series.find((s) => s.key === "CHN")?.segments ?? []) {
        const xs = [...segment.d.matchAll(/[ML]([\d.]+),/g)].map((match) => Number(match[1]));
        expect(xs.some((value) => value < gapStart) && xs.some((value) => value > gapEnd)).toBe(false);
      }
    }
  });

  it("marks lower bounds only for rows whose bound is 'lower', and shows them as the years are revealed", () => {
    const lowerYears = realRows
      .filter((row) => row.bound === "lower" && row.reporter_iso3 === "CA5")
      .map((row) => `${row.partner}-${row.year}`);
    const marked = pointsOf(sceneOf("two-counts")).filter((point) => point.kind === "lower-bound");
    expect(marked.map((point) => point.key).sort()).toEqual(lowerYears.sort());
    const visibleIn = (stateId: string) =>
      pointsOf(sceneOf(stateId))
        .filter((p) => p.kind === "lower-bound" && p.isVisible)
        .map((p) => p.key);
    expect(visibleIn("dip-and-peak")).toEqual([]);
    expect(visibleIn("invasion")).toEqual(["RUS-2022"]);
    expect(visibleIn("two-counts")).toHaveLength(lowerYears.length);
    const exact = editRows(realRows, (row) => row.bound === "lower" && row.year === 2023, { bound: "" });
    const edited = layoutTradeChart(buildTradeModel(exact, realEvents), "record", { size: "wide" });
    expect(pointsOf(edited).find((point) => point.key === "RUS-2023")?.kind).toBe("point");
  });

  it("reveals years from the data: up to the year before the crossover, then the crossover year", () => {
    expect(sceneOf("russia-era").revealed).toEqual({ from: 1995, to: model.crossoverYear - 1 });
    expect(sceneOf("crossover").revealed.to).toBe(model.crossoverYear);
    expect(sceneOf("dip-and-peak").revealed.to).toBe(model.series.CHN.lastPrimaryYear);
    expect(sceneOf("invasion").revealed.to).toBe(Number(model.invasion.date.slice(0, 4)));
    expect(sceneOf("two-counts").revealed.to).toBe(Math.max(...realRows.map((row) => row.year)));
  });

  it("shows the series each state names, and only bars in the by-country view", () => {
    const visibleSeries = (stateId: string) =>
      sceneOf(stateId)
        .series.filter((s) => s.isVisible)
        .map((s) => s.key);
    expect(visibleSeries("russia-era")).toEqual(["CHN", "RUS"]);
    expect(visibleSeries("two-counts")).toEqual(["CHN", "RUS", "EU"]);
    expect(visibleSeries("by-country")).toEqual([]);
    expect(sceneOf("two-counts").bars.some((bar) => bar.isVisible)).toBe(false);
    const bars = sceneOf("by-country").bars;
    expect(bars.every((bar) => bar.isVisible)).toBe(true);
    const tkm = bars.find((bar) => bar.key === "TKM" && bar.seriesKey === "RUS");
    expect(tkm).toMatchObject({ isMissing: true, width: 0 });
    expect(tkm?.label).toContain("not published");
  });

  it("puts the event from events.csv inside its year, before that year's point", () => {
    const x = timeScale(model, sceneOf("invasion").revealed.to, chartDimensions.wide);
    const rule = sceneOf("invasion").rules.find((r) => r.key === `event-${model.invasion.date}`);
    expect(rule?.isVisible).toBe(true);
    expect(rule?.x1).toBeGreaterThan(x(2022));
    expect(rule?.x1).toBeLessThan(x(2022.5));
    expect(sceneOf("dip-and-peak").rules.find((r) => r.key === rule?.key)?.isVisible).toBe(false);
  });

  it("keeps every visible text inside the viewBox (estimated widths)", () => {
    for (const scene of scenes) {
      const { fontSize } = chartDimensions[scene.size];
      for (const text of scene.texts.filter((t) => t.isVisible)) {
        const width = Math.max(...text.lines.map((line) => line.length * fontSize * 0.6));
        const left = text.anchor === "start" ? text.x : text.anchor === "end" ? text.x - width : text.x - width / 2;
        expect(left, `${scene.stateId}/${scene.size} ${text.key}`).toBeGreaterThanOrEqual(-1);
        expect(left + width, `${scene.stateId}/${scene.size} ${text.key}`).toBeLessThanOrEqual(scene.width + 1);
        expect(
          text.y + text.lines.length * scene.lineHeight,
          `${scene.stateId}/${scene.size} ${text.key}`,
        ).toBeLessThanOrEqual(scene.height);
      }
    }
  });
});
