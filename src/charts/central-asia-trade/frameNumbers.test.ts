import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { dataFiles } from "../../data/dataFiles.ts";
import { parseCsv } from "../../data/readCsv.ts";
import { layoutTradeChart } from "./layout.ts";
import { buildTradeModel } from "./model.ts";
import { chartSizes } from "./scene.ts";
import { tradeStateIds } from "./states.ts";
import { realEvents, realRows } from "./tradeFixture.ts";

const model = buildTradeModel(realRows, realEvents);
const scenes = tradeStateIds.flatMap((stateId) => chartSizes.map((size) => layoutTradeChart(model, stateId, { size })));
// The turnover cells as the editor typed them ("41.0", "94.82"), read apart from the chart's own loader.
const csvCells = new Set(
  parseCsv(readFileSync(dataFiles.trade, "utf8"), "trade", z.object({ turnover_usd_bn: z.string() }), []).map(
    (row) => row.turnover_usd_bn,
  ),
);
const csvYears = new Set(realRows.map((row) => row.year));
const eventNumbers = new Set(realEvents.flatMap((event) => event.date.split("-").map(Number)));

/** Every text a reader gets from a scene except axis ticks (round scale numbers, not claims). */
function claimsOf(scene: (typeof scenes)[number]): string[] {
  return [
    ...scene.texts.flatMap((text) => text.lines),
    ...scene.bars.map((bar) => bar.label),
    scene.description,
    scene.announcement,
  ];
}

describe("numbers in the frames", () => {
  const texts = scenes.flatMap((scene) =>
    claimsOf(scene).map((text) => ({ scene: `${scene.stateId}/${scene.size}`, text })),
  );

  it("show every US$ figure exactly as a CSV cell has it, to the same decimal places", () => {
    let count = 0;
    for (const { scene, text } of texts) {
      for (const match of text.matchAll(/\$([\d,]+(?:\.\d+)?)bn/g)) {
        const written = (match[1] ?? "").replace(/,/g, "");
        expect(csvCells.has(written), `${scene}: "${match[0]}" in "${text}"`).toBe(true);
        count += 1;
      }
    }
    expect(count).toBeGreaterThan(50);
  });

  it("keep a trailing zero the CSV has (41.0 stays $41.0bn)", () => {
    const claims = texts.map(({ text }) => text).join(" ");
    const withZero = [...csvCells].filter((cell) => /\.\d*0$/.test(cell));
    expect(withZero.length).toBeGreaterThan(0);
    for (const cell of withZero) expect(claims).not.toMatch(new RegExp(`\\$${cell.replace(/\.?0+$/, "")}bn`));
    expect(claims).toContain("$41.0bn");
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
