import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { buildTradeModel } from "../model/buildModel.ts";
import { tradeStateIds, tradeStateSpecs, type TradeStateId } from "../states.ts";
import { chartSizes, type ChartSize } from "./dimensions.ts";
import { layoutTradeChart } from "./layoutTradeChart.ts";
import type { TradeScene } from "./scene.ts";

const model = buildTradeModel(realData);
const scenes = tradeStateIds.flatMap((stateId) => chartSizes.map((size) => layoutTradeChart(model, stateId, size)));
const sceneOf = (stateId: TradeStateId, size: ChartSize) =>
  scenes.find((scene) => scene.stateId === stateId && scene.size === size) as TradeScene;
const where = (scene: TradeScene) => `${scene.stateId}/${scene.size}`;
const points = (scene: TradeScene) => scene.series.flatMap((line) => line.points.map((point) => ({ line, point })));
const textOf = (scene: TradeScene, key: string) => scene.texts.find((text) => text.key === key);
const wordsOf = (text: string) => text.split(/[^\w']+/).filter(Boolean);
const ruleOf = (scene: TradeScene, key: string) => scene.rules.find((rule) => rule.key === key);

/** Every keyed mark of a scene, by kind: what the browser adopts and moves between states and sizes. */
function keysOf(scene: TradeScene): Record<string, string[]> {
  return {
    yTicks: scene.yTicks.map((tick) => tick.key),
    xTicks: scene.xTicks.map((tick) => tick.key),
    series: scene.series.map((line) => line.key),
    segments: scene.series.flatMap((line) => line.segments.map((segment) => `${line.key}/${segment.key}`)),
    points: scene.series.flatMap((line) => line.points.map((point) => `${line.key}/${point.key}`)),
    rules: scene.rules.map((rule) => rule.key),
    texts: scene.texts.map((text) => text.key),
    bars: scene.bars.map((bar) => `${bar.seriesKey}/${bar.key}`),
  };
}

describe("layoutTradeChart", () => {
  it("is pure: the same model, state and size give an equal scene, and the model is left as it was", () => {
    const before = JSON.stringify(model);
    for (const scene of scenes) expect(layoutTradeChart(model, scene.stateId, scene.size)).toEqual(scene);
    expect(JSON.stringify(model)).toBe(before);
  });

  it("rejects an unknown state and lists the allowed ones", () => {
    expect(() => layoutTradeChart(model, "peak", "wide")).toThrow(/"peak".*russia-era, crossover.*by-country/);
  });

  it("lists the same keyed marks in every state and at both sizes, each key once", () => {
    const expected = keysOf(scenes[0] as TradeScene);
    for (const [kind, keys] of Object.entries(expected)) expect(new Set(keys).size, kind).toBe(keys.length);
    for (const scene of scenes) expect(keysOf(scene), where(scene)).toEqual(expected);
  });

  it("draws every stretch of a line with the same path commands in every state, so it can tween", () => {
    const commands = (d: string) => d.replace(/[^A-Za-z]/g, "");
    for (const size of chartSizes) {
      const first = sceneOf("russia-era", size);
      for (const scene of scenes.filter((each) => each.size === size)) {
        scene.series.forEach((line, i) =>
          line.segments.forEach((segment, j) => {
            const reference = first.series[i]?.segments[j]?.d ?? "";
            expect(commands(segment.d), `${where(scene)} ${segment.key}`).toBe(commands(reference));
          }),
        );
      }
    }
  });
});

describe("what each state reveals", () => {
  const revealTo = (stateId: TradeStateId) => tradeStateSpecs[stateId].revealTo(model);

  it("reveals the years the story needs, worked out from the data", () => {
    const expected: Record<TradeStateId, number> = {
      "russia-era": model.crossoverYear - 1,
      crossover: model.crossoverYear,
      "border-links": model.markers["khorgos-rail"].year,
      "belt-and-road": model.series.CHN.lastPrimaryYear,
      invasion: model.markers.invasion.year,
      record: model.record.point.year,
      "two-counts": model.comparisonYear,
      "by-country": model.comparisonYear,
    };
    for (const scene of scenes)
      expect(scene.revealed, where(scene)).toEqual({ from: model.firstYear, to: expected[scene.stateId] });
    for (const stateId of tradeStateIds) expect(revealTo(stateId)).toBe(expected[stateId]);
  });

  it("shows a line's marked points up to the revealed year only, and only for the state's lines", () => {
    for (const scene of scenes.filter((each) => each.stateId !== "by-country")) {
      const spec = tradeStateSpecs[scene.stateId];
      for (const { line, point } of points(scene).filter(
        ({ point }) => point.kind !== "focus" && point.kind !== "comparison",
      )) {
        const year = Number(point.key.split("-").at(-1));
        const isShown = spec.series.includes(line.key) && year <= scene.revealed.to;
        expect(point.isVisible, `${where(scene)} ${point.key}`).toBe(isShown);
      }
      for (const line of scene.series) expect(line.isVisible).toBe(spec.series.includes(line.key));
    }
  });

  it("hides a stretch until two of its points are revealed", () => {
    for (const scene of scenes.filter((each) => each.stateId !== "by-country")) {
      for (const line of scene.series) {
        for (const segment of line.segments) {
          const stretch = model.series[line.key].segments.find((each) => each.key === segment.key);
          const revealed = stretch?.points.filter((point) => point.year <= scene.revealed.to).length ?? 0;
          expect(segment.isVisible, `${where(scene)} ${segment.key}`).toBe(revealed >= 2);
        }
      }
    }
    // Before the crossover China's customs continuation and Russia's statements are not drawn yet.
    const early = sceneOf("russia-era", "wide").series.flatMap((line) => line.segments);
    expect(
      early
        .filter((segment) => segment.isVisible)
        .map((segment) => segment.key)
        .sort(),
    ).toEqual(["CHN-imf-chn", "EU-imf-eu", "RUS-imf-rus"]);
  });

  it("labels each visible line's end with its latest revealed year", () => {
    for (const scene of scenes.filter((each) => each.stateId !== "by-country")) {
      for (const partner of tradeStateSpecs[scene.stateId].series) {
        const last = model.series[partner].points.filter((point) => point.year <= scene.revealed.to).at(-1);
        const label = textOf(scene, `end-${partner}`);
        expect(label?.isVisible, `${where(scene)} ${partner}`).toBe(true);
        expect(label?.lines[0], where(scene)).toMatch(new RegExp(`, ${last?.year}$`));
      }
    }
  });

  it("shows a year on the time axis only up to the revealed year", () => {
    for (const scene of scenes) {
      const shown = scene.xTicks.filter((tick) => tick.isVisible).map((tick) => Number(tick.key));
      if (scene.stateId === "by-country") expect(shown).toEqual([]);
      else {
        expect(shown.length, where(scene)).toBeGreaterThan(1);
        for (const year of shown) expect(year, where(scene)).toBeLessThanOrEqual(scene.revealed.to);
      }
    }
  });
});

describe("lower bounds", () => {
  it("draw as lower-bound points exactly where the row says 'over'", () => {
    for (const scene of scenes) {
      for (const { line, point } of points(scene).filter(
        ({ point }) => point.kind === "point" || point.kind === "lower-bound",
      )) {
        const year = Number(point.key.split("-").at(-1));
        const figure = model.series[line.key].points.find((each) => each.year === year);
        expect(point.kind === "lower-bound", `${where(scene)} ${point.key}`).toBe(figure?.isLowerBound);
      }
    }
  });

  it("carry a caret at every lower bound on the wide drawing, on the latest one shown on the compact one", () => {
    const bounds = model.series.RUS.points.filter((point) => point.isLowerBound).map((point) => point.year);
    expect(bounds.length).toBeGreaterThan(1);
    for (const scene of scenes.filter((each) => each.stateId !== "by-country")) {
      const latest = bounds.filter((year) => year <= scene.revealed.to).at(-1);
      for (const { point } of points(scene).filter(({ point }) => point.kind === "lower-bound")) {
        const year = Number(point.key.split("-").at(-1));
        const expected = scene.size === "wide" || year === latest;
        expect(point.hasCaret, `${where(scene)} ${point.key}`).toBe(expected);
      }
    }
  });

  it("are labelled 'over' at a line's end", () => {
    const scene = sceneOf("invasion", "compact");
    expect(textOf(scene, "end-RUS")?.lines[1]).toMatch(/^over \$/);
  });
});

describe("the by-country view", () => {
  it("shows bars in the by-country state only, and nothing of the lines there", () => {
    for (const scene of scenes) {
      const isBars = scene.stateId === "by-country";
      for (const bar of scene.bars) expect(bar.isVisible, where(scene)).toBe(isBars);
      if (!isBars) continue;
      expect(scene.series.some((line) => line.isVisible)).toBe(false);
      expect(points(scene).some(({ point }) => point.isVisible)).toBe(false);
      expect(scene.yTicks.some((tick) => tick.isVisible)).toBe(false);
      expect(scene.rules.some((rule) => rule.isVisible)).toBe(false);
      const visibleTexts = scene.texts.filter((text) => text.isVisible).map((text) => text.key);
      expect(visibleTexts.every((key) => key === "bars-header" || key.startsWith("name-"))).toBe(true);
    }
  });

  it("draws each bar in proportion to its figure, and a missing figure as no bar, labelled", () => {
    for (const size of chartSizes) {
      const scene = sceneOf("by-country", size);
      const ratios: number[] = [];
      for (const bar of scene.bars) {
        const figure = model.byCountry.pairs.find((pair) => pair.iso3 === bar.key)?.values[bar.seriesKey];
        expect(bar.isMissing, `${bar.key} ${bar.seriesKey}`).toBe(!figure);
        if (!figure) {
          expect(bar.width).toBe(0);
          expect(bar.label).toBe("not published");
        } else ratios.push(bar.width / figure.amount.value);
      }
      for (const ratio of ratios) expect(ratio).toBeCloseTo(ratios[0] ?? 0, 0);
    }
  });

  it("grows the bars from zero: hidden bars have no width", () => {
    for (const scene of scenes.filter((each) => each.stateId !== "by-country")) {
      expect(scene.bars.every((bar) => bar.width === 0)).toBe(true);
    }
  });
});

describe("dated events on the time axis", () => {
  const markerIds = Object.keys(model.markers);

  it("show each state's markers in that state only", () => {
    for (const scene of scenes) {
      const listed = tradeStateSpecs[scene.stateId].markers as readonly string[];
      for (const id of markerIds) {
        const isListed = tradeStateSpecs[scene.stateId].view === "lines" && listed.includes(id);
        expect(ruleOf(scene, `marker-${id}`)?.isVisible, `${where(scene)} ${id}`).toBe(isListed);
      }
      const labelled = scene.texts.filter((text) => text.key.startsWith("marker-") && text.isVisible);
      for (const text of labelled) expect(listed, where(scene)).toContain(text.key.slice("marker-".length));
    }
  });

  it("name every marker shown, with its short date, in one label per year", () => {
    for (const scene of scenes) {
      const listed = tradeStateSpecs[scene.stateId].markers;
      const labels = scene.texts
        .filter((text) => text.key.startsWith("marker-") && text.isVisible)
        .map((text) => text.lines.join(" "));
      for (const id of listed) {
        const marker = model.markers[id];
        const words = wordsOf(`${marker.label} ${marker.date.slice(0, 4)}`);
        const label = labels.find((each) => words.every((word) => wordsOf(each).includes(word)));
        expect(label, `${where(scene)} ${id}`).toBeDefined();
      }
      const years = new Set(listed.map((id) => model.markers[id].year));
      expect(labels.length, where(scene)).toBe(years.size);
    }
  });

  it("put a dated event inside its year, before that year's annual point", () => {
    for (const size of chartSizes) {
      const scene = sceneOf("invasion", size);
      const marker = ruleOf(scene, "marker-invasion");
      const rus = scene.series.find((line) => line.key === "RUS")?.points ?? [];
      const year = model.markers.invasion.year;
      const before = rus.find((point) => point.key === `RUS-${year - 1}`);
      const after = rus.find((point) => point.key === `RUS-${year}`);
      expect(marker?.x1, size).toBeGreaterThan(before?.cx ?? Infinity);
      expect(marker?.x1, size).toBeLessThan(after?.cx ?? -Infinity);
      expect(marker?.x1).toBe(marker?.x2);
      expect(marker?.y1).toBe(scene.plot.top);
      expect(marker?.y2).toBe(scene.plot.bottom);
    }
  });
});

describe("notes and highlights", () => {
  const shownIn: Record<string, TradeStateId[]> = {
    "note-start-RUS": ["russia-era"],
    "note-start-CHN": ["russia-era"],
    "note-dip": ["border-links"],
    "note-peak": ["belt-and-road"],
    "note-basis": ["invasion"],
    "label-CHN-national": ["two-counts"],
    "label-CHN-edb": ["two-counts"],
    "label-RUS-national": ["two-counts"],
  };
  const focusIn: Record<string, TradeStateId[]> = {
    "focus-crossover": ["crossover"],
    "focus-dip": ["border-links"],
    "focus-peak": ["belt-and-road"],
    "focus-record": ["record"],
    "CHN-national": ["two-counts"],
    "CHN-edb": ["two-counts"],
    "RUS-national": ["two-counts"],
  };

  it("show each note only in the state whose step text refers to it", () => {
    for (const scene of scenes) {
      for (const [key, states] of Object.entries(shownIn)) {
        expect(textOf(scene, key)?.isVisible, `${where(scene)} ${key}`).toBe(states.includes(scene.stateId));
      }
    }
  });

  it("ring the point a step names, and mark the other counts, only in their state", () => {
    for (const scene of scenes) {
      for (const [key, states] of Object.entries(focusIn)) {
        const mark = points(scene).find(({ point }) => point.key === key)?.point;
        expect(mark?.isVisible, `${where(scene)} ${key}`).toBe(states.includes(scene.stateId));
      }
    }
  });

  it("ring the named points where the model puts them", () => {
    const scene = sceneOf("belt-and-road", "wide");
    const peak = points(scene).find(({ point }) => point.key === "focus-peak")?.point;
    const peakNote = textOf(scene, "note-peak");
    expect(peakNote?.lines.join(" ")).toContain(String(model.peak.point.year));
    expect(peakNote?.x).toBeCloseTo(peak?.cx ?? 0, 0);
    expect(peakNote?.y).toBeLessThan(peak?.cy ?? 0);
  });

  it("tie each other count's label to its marker with a visible leader", () => {
    const scene = sceneOf("two-counts", "wide");
    for (const comparison of model.comparisons) {
      const leader = ruleOf(scene, `leader-${comparison.key}`);
      const marker = points(scene).find(({ point }) => point.key === comparison.key)?.point;
      const label = textOf(scene, `label-${comparison.key}`);
      expect(leader?.isVisible).toBe(true);
      expect(leader?.y1).toBeCloseTo(marker?.cy ?? 0, 0);
      expect(leader?.x2).toBeLessThan(label?.x ?? 0);
    }
  });
});

describe("words", () => {
  it("give every scene a description and an announcement", () => {
    for (const scene of scenes) {
      expect(scene.description.length, where(scene)).toBeGreaterThan(40);
      expect(scene.announcement.length, where(scene)).toBeGreaterThan(20);
      expect(`${scene.description} ${scene.announcement}`).not.toMatch(/undefined|NaN|null|no figure/);
    }
  });
});
