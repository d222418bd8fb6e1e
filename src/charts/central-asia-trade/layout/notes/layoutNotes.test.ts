import { describe, expect, it } from "vitest";
import { realData } from "../../../../../test/realData.ts";
import { boxesOverlap, type Box } from "../../../shared/boxes.ts";
import { measureText } from "../../../shared/measureText.ts";
import { buildTradeModel } from "../../model/buildModel.ts";
import { tradeStateIds } from "../../states.ts";
import { barLabelGap, chartSizes, type ChartSize } from "../dimensions.ts";
import { layoutTradeChart } from "../layoutTradeChart.ts";
import type { TradeScene } from "../scene.ts";
import { textBox, valueLabelBoxes, yearLabelBoxes } from "../textBoxes.ts";

const model = buildTradeModel(realData);
const scenes = tradeStateIds.flatMap((stateId) => chartSizes.map((size) => layoutTradeChart(model, stateId, size)));
const sceneOf = (stateId: string, size: ChartSize) =>
  scenes.find((scene) => scene.stateId === stateId && scene.size === size) as TradeScene;

type Named = Box & { name: string };

/** Every visible piece of text a scene draws, as estimated boxes: notes and labels, bar values, axis labels. */
function textsOf(scene: TradeScene): { labels: Named[]; axis: Named[] } {
  const { fontSize, lineHeight, plot } = scene;
  const labels: Named[] = scene.texts
    .filter((text) => text.isVisible)
    .map((text) => ({ name: text.key, ...textBox(text, fontSize, lineHeight) }));
  for (const bar of scene.bars.filter((each) => each.isVisible)) {
    // The SVG centres the label on the bar (dy 0.35em) just past its end.
    const baseline = bar.y + bar.height / 2 + 0.35 * fontSize;
    const left = bar.x + bar.width + barLabelGap;
    labels.push({
      name: `bar ${bar.seriesKey}-${bar.key}`,
      left,
      right: left + measureText(bar.label, fontSize),
      top: baseline - 0.8 * fontSize,
      bottom: baseline + 0.2 * fontSize,
    });
  }
  const axis: Named[] = [
    ...valueLabelBoxes(scene.yTicks, plot.left, fontSize).map((box) => ({ name: "value label", ...box })),
    ...yearLabelBoxes(scene.xTicks, plot.bottom, fontSize).map((box) => ({ name: "year label", ...box })),
  ];
  return { labels, axis };
}

describe("text placement", () => {
  it("keeps every note and label clear of the axis labels and of each other, in every state and size", () => {
    let pairs = 0;
    for (const scene of scenes) {
      const where = `${scene.stateId}/${scene.size}`;
      const { labels, axis } = textsOf(scene);
      labels.forEach((label, index) => {
        for (const other of [...labels.slice(index + 1), ...axis]) {
          expect(boxesOverlap(label, other), `${where}: ${label.name} runs into ${other.name}`).toBe(false);
          pairs += 1;
        }
      });
    }
    expect(pairs).toBeGreaterThan(100);
  });

  it("keeps every label, bar values included, inside the viewBox", () => {
    for (const scene of scenes) {
      for (const label of textsOf(scene).labels) {
        const where = `${scene.stateId}/${scene.size} ${label.name}`;
        expect(label.left, where).toBeGreaterThanOrEqual(-1);
        expect(label.right, where).toBeLessThanOrEqual(scene.width + 1);
        expect(label.top, where).toBeGreaterThanOrEqual(-1);
        expect(label.bottom, where).toBeLessThanOrEqual(scene.height + 1);
      }
    }
  });

  it("keeps the marker labels inside the drawing (the plot, or the label column where it is free), clear of the time axis", () => {
    for (const scene of scenes) {
      for (const text of scene.texts.filter((each) => each.key.startsWith("marker-") && each.isVisible)) {
        const box = textBox(text, scene.fontSize, scene.lineHeight);
        const where = `${scene.stateId}/${scene.size} ${text.key}`;
        expect(box.left, where).toBeGreaterThanOrEqual(scene.plot.left);
        expect(box.right, where).toBeLessThanOrEqual(scene.width);
        expect(box.bottom, where).toBeLessThan(scene.plot.bottom);
      }
    }
  });

  it("moves the start notes off the value labels on the compact drawing", () => {
    const scene = sceneOf("russia-era", "compact");
    const { axis } = textsOf(scene);
    const notes = scene.texts.filter((text) => text.key.startsWith("note-start-"));
    expect(notes).toHaveLength(2);
    expect(notes.every((text) => text.isVisible)).toBe(true);
    for (const text of notes) {
      const box = textBox(text, scene.fontSize, scene.lineHeight);
      for (const label of axis) expect(boxesOverlap(box, label, 2), text.key).toBe(false);
    }
  });

  it("puts the basis note inside the plot, a line clear of the time axis, at every size", () => {
    for (const size of chartSizes) {
      const scene = sceneOf("invasion", size);
      const basis = scene.texts.find((text) => text.key === "note-basis");
      expect(basis?.isVisible, size).toBe(true);
      if (!basis) continue;
      const box = textBox(basis, scene.fontSize, scene.lineHeight);
      expect(box.left, size).toBeGreaterThanOrEqual(scene.plot.left);
      expect(box.right, size).toBeLessThanOrEqual(scene.plot.right);
      expect(box.bottom, size).toBeLessThanOrEqual(scene.plot.bottom - scene.lineHeight / 2);
      expect(box.top, size).toBeGreaterThanOrEqual(scene.plot.top);
    }
  });
});
