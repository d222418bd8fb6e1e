import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { eurasiaFor, eurasiaKeys } from "./eurasiaFor.ts";
import { layoutEurasia } from "./geography.ts";

const keys = eurasiaKeys(realData);
const geography = eurasiaFor(realData);

describe("layoutEurasia", () => {
  it("frames every country the maps' data mention, as a shape or a dot, with a label anchor", () => {
    const drawn = new Set([...geography.shapes.map((shape) => shape.key), ...geography.dots.map((dot) => dot.key)]);
    for (const key of keys) {
      expect(drawn, key).toContain(key);
      expect(geography.anchors[key], key).toBeDefined();
    }
  });

  it("keeps every anchor and every dot inside the viewBox", () => {
    const inside = ([x, y]: readonly [number, number]) =>
      x >= 0 && x <= geography.width && y >= 0 && y <= geography.height;
    for (const [key, anchor] of Object.entries(geography.anchors)) expect(inside(anchor), key).toBe(true);
    for (const dot of geography.dots) expect(inside([dot.cx, dot.cy]), dot.key).toBe(true);
  });

  it("gives each shape a unique ISO3 key and a path", () => {
    const shapeKeys = geography.shapes.map((shape) => shape.key);
    expect(new Set(shapeKeys).size).toBe(shapeKeys.length);
    for (const shape of geography.shapes) {
      expect(shape.key).toMatch(/^[A-Z]{3}$/);
      expect(shape.d).toMatch(/^M/);
    }
  });

  it("draws a country too small for the coarse outlines as a dot, not also as a shape", () => {
    const shapeKeys = new Set(geography.shapes.map((shape) => shape.key));
    for (const dot of geography.dots) expect(shapeKeys.has(dot.key), dot.key).toBe(false);
  });

  it("is computed once per set of keys, in any order", () => {
    expect(layoutEurasia(new Set([...keys].reverse()))).toBe(geography);
  });

  it("projects places into the frame: Astana lies inside Kazakhstan's part of the map", () => {
    const [x, y] = geography.project([71.43, 51.13]);
    const [kx = 0, ky = 0] = geography.anchors.KAZ ?? [];
    expect(Math.abs(x - kx)).toBeLessThan(150);
    expect(Math.abs(y - ky)).toBeLessThan(150);
  });
});
