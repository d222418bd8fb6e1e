import { describe, expect, it } from "vitest";
import { barLabelGap, chartDimensions, chartSizes } from "../layout/dimensions.ts";
import type { PointMark } from "../layout/scene.ts";
import { barParts, caretPath, lineBaselines, pointAttributes, textAttributes } from "./marks.ts";

const point = (kind: PointMark["kind"], hasCaret: boolean): PointMark => ({
  key: "RUS-2022",
  kind,
  cx: 10,
  cy: 20,
  hasCaret,
  isVisible: true,
});

describe("mark attributes", () => {
  it("switch a lower bound's caret at once and move the point by tween", () => {
    expect(pointAttributes(point("lower-bound", true))).toEqual({
      instant: { "data-visible": "true", "data-caret": "true" },
      animated: { transform: "translate(10,20)" },
    });
    expect(pointAttributes(point("lower-bound", false)).instant["data-caret"]).toBe("false");
    expect(pointAttributes(point("point", true)).instant["data-caret"]).toBeUndefined();
  });

  it("set a text's anchor at once and tween its position", () => {
    const text = { key: "k", x: 3, y: 4, anchor: "end" as const, lines: ["a"], tone: "ink" as const, isStrong: false };
    expect(textAttributes({ ...text, isVisible: false })).toEqual({
      instant: { "data-visible": "false", "text-anchor": "end" },
      animated: { transform: "translate(3,4)" },
    });
  });

  it("put a bar's label just past its end", () => {
    expect(
      barParts({
        key: "KAZ",
        seriesKey: "CHN",
        x: 0,
        y: 0,
        width: 80,
        height: 16,
        isMissing: false,
        label: "",
        isVisible: true,
      }),
    ).toEqual({
      width: 80,
      labelX: 80 + barLabelGap,
    });
  });

  it("space a block's lines one line height apart, the first a cap height down", () => {
    const baselines = lineBaselines({ fontSize: 13, lineHeight: 16 }, 3);
    expect(baselines[0]).toBeCloseTo(13 * 0.8, 1);
    expect((baselines[2] ?? 0) - (baselines[1] ?? 0)).toBeCloseTo(16, 1);
    expect((baselines[1] ?? 0) - (baselines[0] ?? 0)).toBeCloseTo(16, 1);
  });

  it("draw the caret upwards from above the point to its tip, at each size's measures", () => {
    for (const size of chartSizes) {
      const { base, tip, half } = chartDimensions[size].markers.caret;
      const path = caretPath({ size });
      const numbers = [...path.matchAll(/-?\d+(?:\.\d+)?/g)].map(([n]) => Number(n));
      expect(path.startsWith(`M0,${-base}V${-tip}`), path).toBe(true);
      expect(Math.min(...numbers)).toBe(-tip);
      expect(Math.max(...numbers.map(Math.abs))).toBe(Math.max(tip, half));
    }
  });
});
