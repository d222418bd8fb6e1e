import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { decodeFrames, encodeFrames } from "../shared/frameDelta.ts";
import tradeChart, { type PreparedTradeChart } from "./index.ts";
import { chartSizes } from "./layout/dimensions.ts";
import type { TradeScene } from "./layout/scene.ts";
import { tradeStateIds } from "./states.ts";
import type { TradeFrame } from "./update.ts";

// The contract's Astro components are rendered by Astro, not here; Vitest cannot compile them.

const chart = tradeChart.prepare(realData) as PreparedTradeChart;
const frames = chart.frames(tradeStateIds) as TradeFrame[];
const scenes = frames.flatMap((frame) => chartSizes.flatMap((size) => frame.scenes[size] ?? []));
const where = (scene: TradeScene) => `${scene.stateId}/${scene.size}`;

describe("the trade chart's contract", () => {
  it("lists every state in story order, each with its own words", () => {
    expect(chart.states.map((state) => state.id)).toEqual([...tradeStateIds]);
    for (const state of chart.states) {
      expect(state.label.length, state.id).toBeGreaterThan(0);
      expect(state.description).toBe(chart.sceneFor(state.id, "compact").description);
      expect(state.announcement).toBe(chart.sceneFor(state.id, "compact").announcement);
    }
    expect(new Set(chart.states.map((state) => state.label)).size).toBe(tradeStateIds.length);
  });

  it("opens embeds and share images at states it has", () => {
    const ids: readonly string[] = tradeStateIds;
    expect(ids).toContain(chart.summaryState);
    expect(ids).toContain(chart.shareState);
  });

  it("gives a size's frames only in that size's file", () => {
    for (const size of chartSizes) {
      for (const frame of chart.frames(tradeStateIds, new Set(), size) as TradeFrame[]) {
        expect(Object.keys(frame.scenes)).toEqual([size]);
        expect(frame.scenes[size]).toMatchObject({ stateId: frame.stateId, size });
      }
    }
    expect(chart.frameVariants).toEqual([...chartSizes]);
  });

  it("gives the frames of a sequence in its order, both sizes each", () => {
    const sequence = ["record", "russia-era", "by-country"];
    const some = chart.frames(sequence) as TradeFrame[];
    expect(some.map((frame) => frame.stateId)).toEqual(sequence);
    for (const frame of some) {
      expect(Object.keys(frame.scenes).sort()).toEqual([...chartSizes].sort());
      for (const size of chartSizes) {
        expect(frame.scenes[size]).toMatchObject({ stateId: frame.stateId, size });
      }
      expect(frame.title).toBe(chart.svgTitle);
    }
  });

  it("draws each state as standalone files, wide first for <picture>, the compact one as the fallback", () => {
    const names = new Set<string>();
    for (const stateId of tradeStateIds) {
      const drawings = chart.drawings(stateId);
      expect(drawings.map((drawing) => drawing.name)).toEqual([`${stateId}-wide`, `${stateId}-compact`]);
      expect(drawings[0]?.media).toBeDefined();
      expect(drawings.at(-1)?.media).toBeUndefined();
      for (const drawing of drawings) {
        names.add(drawing.name);
        expect(drawing.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
        expect(drawing.svg).toContain(`viewBox="0 0 ${drawing.width} ${drawing.height}"`);
        expect(drawing.svg).not.toMatch(/var\(--color-/);
      }
    }
    expect(names.size).toBe(tradeStateIds.length * chartSizes.length);
  });

  it("sends its real frames through the delta encoding unchanged", () => {
    const encoded = encodeFrames(frames);
    const plain = JSON.parse(JSON.stringify(frames)) as unknown;
    expect(decodeFrames(JSON.parse(JSON.stringify(encoded)))).toEqual(plain);
    // Consecutive states share much of their geometry, so each delta is smaller than its frame.
    encoded.patches.forEach((patch, index) => {
      expect(JSON.stringify(patch).length).toBeLessThan(JSON.stringify(frames[index + 1]).length);
    });
  });
});

/** The words a frame puts in front of a reader: texts, bar labels, description and announcement. */
function claimsOf(scene: TradeScene): string[] {
  return [
    ...scene.texts.flatMap((text) => text.lines),
    ...scene.bars.map((bar) => bar.label),
    scene.description,
    scene.announcement,
  ];
}

/** The house style of a row's figure, written independently of the formatter: "$30.8bn", "$41bn" (written whole), "$781m", "over $42bn". */
function allowedFigures(): Set<string> {
  const allowed = new Set<string>();
  for (const row of realData.trade) {
    const isStatement = row.source.startsWith("Russian government statement");
    for (const column of ["turnover_usd_bn", "exports_usd_bn", "imports_usd_bn"] as const) {
      const amount = row[column];
      if (!amount) continue;
      const over = row.bound === "lower" && column === "turnover_usd_bn" ? "over " : "";
      if (isStatement) allowed.add(`${over}$${Number(amount.value.toFixed(amount.decimals))}bn`);
      else if (amount.value < 1) allowed.add(`${over}$${Math.round(amount.value * 1000)}m`);
      else allowed.add(`${over}$${amount.value.toFixed(Math.min(1, amount.decimals))}bn`);
    }
  }
  return allowed;
}

const moneyInFrames = /(over |more than )?\$([\d,]+(?:\.\d+)?)( ?billion| ?million|bn|m)\b/g;

describe("numbers in the frames", () => {
  const texts = scenes.flatMap((scene) => claimsOf(scene).map((text) => ({ scene: where(scene), text })));
  const allowed = allowedFigures();

  it("show every US$ figure in the house style, equal to a row's figure (one decimal, or as stated)", () => {
    let count = 0;
    for (const { scene, text } of texts) {
      for (const [figure, over = "", digits = "", unit = ""] of text.matchAll(moneyInFrames)) {
        const tight = `${over}$${digits}${unit.trim().startsWith("b") ? "bn" : "m"}`;
        expect(over, `${scene}: "${figure}" in "${text}"`).not.toBe("more than ");
        expect(allowed.has(tight), `${scene}: "${figure}" in "${text}"`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it("write no figure with more than one decimal", () => {
    for (const { scene, text } of texts) expect(text, scene).not.toMatch(/\d\.\d{2,}/);
  });

  it("keep billions to one decimal, add none to a whole number ($41bn) and keep statements as stated ($37bn)", () => {
    const claims = texts.map(({ text }) => text).join(" ");
    const kaz = chart.model.byCountry.pairs.find((pair) => pair.iso3 === "KAZ")?.values.CHN;
    expect(kaz?.amount.decimals).toBe(0);
    expect(claims).toContain(`$${kaz?.amount.value}bn`);
    expect(claims).not.toContain(`$${kaz?.amount.value.toFixed(1)}bn`);
    const statement = chart.model.series.RUS.points.find((point) => point.isStatement && !point.isLowerBound);
    expect(claims).toContain(`$${statement?.amount.value} billion`);
    expect(claims).not.toContain(`$${statement?.amount.value.toFixed(1)} billion`);
  });

  it("use no other number than the data's years and the events' dates", () => {
    const years = new Set(realData.trade.map((row) => row.year));
    const dateParts = new Set(realData.events.flatMap((event) => event.date.split("-").map(Number)));
    for (const { scene, text } of texts) {
      const rest = text.replace(moneyInFrames, " ");
      for (const [number] of rest.matchAll(/\d+(?:\.\d+)?/g)) {
        const value = Number(number);
        expect(years.has(value) || dateParts.has(value), `${scene}: ${number} in "${text}"`).toBe(true);
      }
    }
  });

  it("say nothing undefined", () => {
    for (const { scene, text } of texts) expect(text, scene).not.toMatch(/undefined|NaN|null|\[object/);
  });
});
