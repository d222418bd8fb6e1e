import { describe, expect, it } from "vitest";
import { layoutTradeChart } from "./layout.ts";
import { buildTradeModel } from "./model.ts";
import { chartSizes } from "./scene.ts";
import { tradeStateIds } from "./states.ts";
import { realEvents, realRows } from "./tradeFixture.ts";

const model = buildTradeModel(realRows, realEvents);
const scenes = tradeStateIds.flatMap((stateId) => chartSizes.map((size) => layoutTradeChart(model, stateId, { size })));
const csvValues = new Set(realRows.flatMap((row) => [row.turnover_usd_bn, row.exports_usd_bn, row.imports_usd_bn]));
const csvYears = new Set(realRows.map((row) => row.year));
const eventNumbers = new Set(realEvents.flatMap((event) => event.date.split("-").map(Number)));

/** Every text a reader gets from a scene except axis ticks (round scale numbers, not claims). */
function claimsOf(scene: (typeof scenes)[number]): string[] {
  return [...scene.texts.flatMap((text) => text.lines), ...scene.bars.map((bar) => bar.label), scene.description];
}

describe("numbers in the frames", () => {
  const texts = scenes.flatMap((scene) =>
    claimsOf(scene).map((text) => ({ scene: `${scene.stateId}/${scene.size}`, text })),
  );

  it("show every US$ figure exactly as a CSV row has it", () => {
    let count = 0;
    for (const { scene, text } of texts) {
      for (const match of text.matchAll(/\$([\d,]+(?:\.\d+)?)bn/g)) {
        const value = Number((match[1] ?? "").replace(/,/g, ""));
        expect(csvValues.has(value), `${scene}: "${match[0]}" in "${text}"`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it("use no other number than the data's years and event dates", () => {
    for (const { scene, text } of texts) {
      const rest = text.replace(/\$[\d,]+(?:\.\d+)?bn/g, "");
      for (const match of rest.matchAll(/\d+(?:\.\d+)?/g)) {
        const value = Number(match[0]);
        expect(csvYears.has(value) || eventNumbers.has(value), `${scene}: ${match[0]} in "${text}"`).toBe(true);
      }
    }
  });

  it("say nothing undefined", () => {
    for (const { scene, text } of texts) expect(text, scene).not.toMatch(/undefined|NaN|null/);
  });
});
