import { describe, expect, it, vi } from "vitest";
import {
  easeCubicInOut,
  interpolateNumbers,
  interruptTween,
  interruptTweensWithin,
  tweenAttributes,
} from "./tweenAttributes.ts";

/** An element that keeps its attributes and every value written to them; `inside` is its ancestors' test. */
function node(initial: Record<string, string>, inside: (root: unknown) => boolean = () => false) {
  const attributes = new Map(Object.entries(initial));
  const written: Record<string, string[]> = {};
  const element = {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    setAttribute: (name: string, value: string) => {
      attributes.set(name, value);
      (written[name] ??= []).push(value);
    },
  };
  const root = { contains: (other: unknown) => other === element || inside(other) };
  return { element: element as unknown as Element, root: root as unknown as Element, attributes, written };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("values between two drawings", () => {
  it("runs each number of a path from the drawn one to the target's, keeping the target's commands", () => {
    const at = interpolateNumbers("M0,10L20,-4.5", "M10,30L40,1.5e1");
    expect(at(0)).toBe("M0,10L20,-4.5");
    expect(at(0.5)).toBe("M5,20L30,5.25");
    expect(at(1)).toBe("M10,30L40,15");
  });

  it("keeps a number the drawn value lacks where the target puts it", () => {
    expect(interpolateNumbers("translate(0)", "translate(8,6)")(0.5)).toBe("translate(4,6)");
    expect(interpolateNumbers("", "12")(0.25)).toBe("12");
  });

  it("eases as d3-transition does: slow at both ends, symmetric, through the middle at one half", () => {
    expect(easeCubicInOut(0)).toBe(0);
    expect(easeCubicInOut(0.5)).toBe(0.5);
    expect(easeCubicInOut(1)).toBe(1);
    expect(easeCubicInOut(0.1)).toBeCloseTo(0.004, 6);
    expect(easeCubicInOut(0.9)).toBeCloseTo(0.996, 6);
  });
});

describe("attribute tweens", () => {
  it("runs every number of a value from the drawn one to the target's and ends exactly on it", async () => {
    const bar = node({ transform: "translate(0,10)", width: "4" });
    tweenAttributes(bar.element, { transform: "translate(100,30.25)", width: 12 }, 120);
    await vi.waitFor(() => expect(bar.attributes.get("width")).toBe("12"), { timeout: 2000, interval: 10 });
    expect(bar.attributes.get("transform")).toBe("translate(100,30.25)");
    const between = bar.written.transform?.slice(0, -1) ?? [];
    expect(between.length).toBeGreaterThan(0);
    for (const value of between) {
      const [x = NaN, y = NaN] = /translate\(([^,]+),([^)]+)\)/.exec(value)?.slice(1).map(Number) ?? [];
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(100);
      expect(y).toBeGreaterThanOrEqual(10);
      expect(y).toBeLessThanOrEqual(30.25);
    }
  });

  it("stops where it is when interrupted, and writes nothing after", async () => {
    const line = node({ x1: "0" });
    tweenAttributes(line.element, { x1: 100 }, 400);
    await vi.waitFor(() => expect(line.written.x1?.length ?? 0).toBeGreaterThan(1), { timeout: 2000, interval: 10 });
    interruptTween(line.element);
    const stoppedAt = line.attributes.get("x1");
    await settle(500);
    expect(line.attributes.get("x1")).toBe(stoppedAt);
    expect(stoppedAt).not.toBe("100");
  });

  it("lets a new tween of a node replace the one running, from where that one was", async () => {
    const point = node({ x: "0" });
    tweenAttributes(point.element, { x: 100 }, 400);
    await vi.waitFor(() => expect(point.written.x?.length ?? 0).toBeGreaterThan(1), { timeout: 2000, interval: 10 });
    const from = Number(point.attributes.get("x"));
    tweenAttributes(point.element, { x: -50 }, 80);
    await vi.waitFor(() => expect(point.attributes.get("x")).toBe("-50"), { timeout: 2000, interval: 10 });
    await settle(450);
    expect(point.attributes.get("x")).toBe("-50");
    expect(Math.max(...(point.written.x ?? []).map(Number))).toBeLessThan(100);
    expect(from).toBeGreaterThan(0);
  });

  it("interrupts the nodes inside a root only", async () => {
    const inside = node({ width: "0" });
    const outside = node({ width: "0" });
    tweenAttributes(inside.element, { width: 10 }, 200);
    tweenAttributes(outside.element, { width: 10 }, 200);
    interruptTweensWithin(inside.root);
    await vi.waitFor(() => expect(outside.attributes.get("width")).toBe("10"), { timeout: 2000, interval: 10 });
    expect(inside.attributes.get("width")).not.toBe("10");
  });
});
