import { describe, expect, it } from "vitest";
import { dodge, type DodgeItem } from "./dodge.ts";

const item = (key: string, target: number, height = 10): DodgeItem => ({ key, target, height });

/** The labels as intervals in stacking order. */
function stacked(items: DodgeItem[], tops: Map<string, number>) {
  return items
    .map((each) => ({ ...each, top: tops.get(each.key) ?? Number.NaN }))
    .sort((a, b) => a.top - b.top)
    .map((each) => ({ key: each.key, top: each.top, bottom: each.top + each.height }));
}

describe("dodge", () => {
  it("leaves labels that do not collide centred on their targets", () => {
    const tops = dodge([item("a", 20), item("b", 60)], 0, 100, 2);
    expect(tops.get("a")).toBe(15);
    expect(tops.get("b")).toBe(55);
  });

  it("stacks colliding labels apart by the gap, in target order", () => {
    const items = [item("low", 52), item("high", 50), item("mid", 51)];
    const tops = dodge(items, 0, 100, 2);
    const order = stacked(items, tops);
    expect(order.map((each) => each.key)).toEqual(["high", "mid", "low"]);
    for (let i = 1; i < order.length; i += 1) {
      expect((order[i]?.top ?? 0) - (order[i - 1]?.bottom ?? 0)).toBeGreaterThanOrEqual(2 - 1e-9);
    }
  });

  it("keeps the stack inside [min, max], pushing it back from either edge", () => {
    const items = [item("a", 1), item("b", 2), item("c", 99), item("d", 100)];
    const order = stacked(items, dodge(items, 0, 100, 2));
    expect(order[0]?.top).toBeGreaterThanOrEqual(0);
    expect(order.at(-1)?.bottom).toBeLessThanOrEqual(100);
  });

  it("is deterministic: equal targets keep their input order", () => {
    const items = [item("first", 50), item("second", 50)];
    const tops = dodge(items, 0, 100, 0);
    expect((tops.get("first") ?? 0) < (tops.get("second") ?? 0)).toBe(true);
    expect(dodge(items, 0, 100, 0)).toEqual(tops);
  });
});
