import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { buildTradeModel } from "../model/buildModel.ts";
import { tradeStateIds } from "../states.ts";
import { chartSizes } from "./dimensions.ts";
import { layoutTradeChart } from "./layoutTradeChart.ts";
import { textBox } from "./textBoxes.ts";

const model = buildTradeModel(realData);

describe("dated events' rules", () => {
  for (const size of chartSizes) {
    it.each(tradeStateIds)(`run through no label but an event's own (%s, ${size})`, (stateId) => {
      const scene = layoutTradeChart(model, stateId, size);
      const labels = scene.texts
        .filter((text) => text.isVisible)
        .map((text) => ({ key: text.key, box: textBox(text, scene.fontSize, scene.lineHeight) }));
      const yearOf = (key: string) =>
        Object.values(model.markers).find((marker) => `marker-${marker.id}` === key)?.year;
      for (const rule of scene.rules.filter((each) => each.isVisible && each.key.startsWith("marker-"))) {
        // Its own label, or the one it shares with the other events of its year.
        const isOwn = (key: string) =>
          key === rule.key || (key.startsWith("marker-") && yearOf(key) === yearOf(rule.key));
        const crossed = labels.filter(
          ({ key, box }) =>
            !isOwn(key) && box.left <= rule.x1 && box.right >= rule.x1 && box.top < rule.y2 && box.bottom > rule.y1,
        );
        expect(
          crossed.map(({ key }) => key),
          rule.key,
        ).toEqual([]);
      }
    });
  }
});
