import { describe, expect, it } from "vitest";
import { chartDimensions } from "./dimensions.ts";
import { layoutTradeChart } from "./layout.ts";
import { buildTradeModel } from "./model.ts";
import { timeScale } from "./scales.ts";
import { chartSizes, type TradeScene } from "./scene.ts";
import { tradeStateIds } from "./states.ts";
import { textBox } from "./textBox.ts";
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
      for (const text of scene.texts.filter((t) => t.isVisible)) {
        const box = textBox(text, scene.fontSize, scene.lineHeight);
        expect(box.left, `${scene.stateId}/${scene.size} ${text.key}`).toBeGreaterThanOrEqual(-1);
        expect(box.right, `${scene.stateId}/${scene.size} ${text.key}`).toBeLessThanOrEqual(scene.width + 1);
        expect(box.top, `${scene.stateId}/${scene.size} ${text.key}`).toBeGreaterThanOrEqual(0);
        expect(box.bottom, `${scene.stateId}/${scene.size} ${text.key}`).toBeLessThanOrEqual(scene.height);
      }
    }
  });

  it("names the year of every line's end label, the latest revealed one or where the line stopped", () => {
    for (const scene of scenes.filter((s) => s.stateId !== "by-country")) {
      for (const text of scene.texts.filter((t) => t.key.startsWith("end-") && t.isVisible)) {
        const partner = text.key.slice("end-".length) as "CHN" | "RUS" | "EU";
        const last = model.series[partner].points.filter((point) => point.year <= scene.revealed.to).at(-1);
        expect(text.lines[0], `${scene.stateId}/${scene.size}`).toMatch(new RegExp(`, ${last?.year}$`));
      }
    }
    const twoCounts = sceneOf("two-counts").texts.find((text) => text.key === "end-CHN");
    expect(twoCounts?.lines.slice(0, 2)).toEqual([`China, ${model.comparisonYear}`, "$94.82bn"]);
  });

  it("marks each lower bound, drawing the caret on every one when wide and on the latest shown when compact", () => {
    const lowerOf = (scene: TradeScene) => pointsOf(scene).filter((p) => p.kind === "lower-bound" && p.isVisible);
    const wide = lowerOf(sceneOf("two-counts", "wide"));
    const compact = lowerOf(sceneOf("two-counts", "compact"));
    expect(compact.map((p) => p.key)).toEqual(wide.map((p) => p.key));
    expect(wide.every((p) => p.hasCaret)).toBe(true);
    expect(compact.filter((p) => p.hasCaret).map((p) => p.key)).toEqual([wide.at(-1)?.key]);
    expect(lowerOf(sceneOf("invasion", "compact")).map((p) => [p.key, p.hasCaret])).toEqual([["RUS-2022", true]]);
  });

  it("announces a state in a sentence or two of its figures, without the description's preamble", () => {
    for (const scene of scenes) {
      expect(scene.announcement, scene.stateId).not.toMatch(/chart of/i);
      expect(scene.announcement.length, scene.stateId).toBeLessThan(scene.description.length);
      expect(scene.announcement, scene.stateId).toMatch(/\$[\d.]+bn/);
    }
    expect(sceneOf("crossover").announcement).toContain(String(model.crossoverYear));
  });
});
