import { describe, expect, it } from "vitest";
import { measureText } from "../../shared/measureText.ts";
import { valueLabelLift, yearTickLength } from "./dimensions.ts";
import type { TextMark, TickMark } from "./scene.ts";
import { textBox, valueLabelBoxes, yearLabelBoxes } from "./textBoxes.ts";

const text = (anchor: TextMark["anchor"], lines: string[], isStrong = false): TextMark => ({
  key: "t",
  x: 100,
  y: 50,
  anchor,
  lines,
  tone: "ink",
  isStrong,
  isVisible: true,
});
const tick = (key: string, position: number, label: string, isVisible = true): TickMark => ({
  key,
  position,
  label,
  isVisible,
});

describe("textBox", () => {
  it("spans the widest line, placed by the anchor", () => {
    const lines = ["China, 2024", "$94.8bn"];
    const width = measureText("China, 2024", 13);
    expect(textBox(text("start", lines), 13, 15)).toMatchObject({ left: 100, right: 100 + width });
    expect(textBox(text("end", lines), 13, 15)).toMatchObject({ left: 100 - width, right: 100 });
    expect(textBox(text("middle", lines), 13, 15).left).toBeCloseTo(100 - width / 2, 6);
  });

  it("reaches from the first line's cap height to the last line's descenders", () => {
    const one = textBox(text("start", ["a"]), 13, 15);
    const three = textBox(text("start", ["a", "b", "c"]), 13, 15);
    expect(one.top).toBeCloseTo(50, 6);
    expect(one.bottom).toBeCloseTo(50 + 13, 6);
    expect(three.bottom - one.bottom).toBeCloseTo(2 * 15, 6);
  });

  it("widens a bold first line", () => {
    expect(textBox(text("start", ["China"], true), 13, 15).right).toBeGreaterThan(
      textBox(text("start", ["China"]), 13, 15).right,
    );
  });
});

describe("axis label boxes", () => {
  it("box only the visible value labels with text, just above their gridline", () => {
    const boxes = valueLabelBoxes(
      [tick("0", 300, ""), tick("20", 200, "$20bn"), tick("40", 100, "$40bn", false)],
      10,
      13,
    );
    expect(boxes).toHaveLength(1);
    expect(boxes[0]?.left).toBe(10);
    expect(boxes[0]?.bottom).toBeCloseTo(200 - valueLabelLift + 0.2 * 13, 6);
  });

  it("centre the visible year labels under their ticks, below the axis", () => {
    const boxes = yearLabelBoxes([tick("2000", 50, "2000"), tick("2010", 150, "2010", false)], 300, 13);
    expect(boxes).toHaveLength(1);
    expect(((boxes[0]?.left ?? 0) + (boxes[0]?.right ?? 0)) / 2).toBeCloseTo(50, 6);
    expect(boxes[0]?.top).toBeGreaterThanOrEqual(300 + yearTickLength - 1);
  });
});
