import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { geoContains } from "d3-geo";
import { eurasiaFor, eurasiaKeys } from "./eurasiaFor.ts";
import { layoutEurasia } from "./geography.ts";

const keys = eurasiaKeys(realData);
const geography = eurasiaFor(realData);
const places = realData.cities.map((city) => [city.lon, city.lat] as const);

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

  it("is computed once per set of keys and places, the keys in any order", () => {
    expect(layoutEurasia(new Set([...keys].reverse()), places)).toBe(geography);
    expect(layoutEurasia(keys, places.slice(1))).not.toBe(geography);
  });

  it("is a frame much wider than tall, for a phone's upper half: Russia's Arctic is cut", () => {
    expect(geography.width).toBe(960);
    expect(geography.height / geography.width).toBeLessThan(0.7);
    const [, arctic] = geography.project([90, 75]);
    expect(arctic).toBeLessThan(0);
  });

  it("keeps every city of the journeys inside the frame, on its own country, with room for a name round it", () => {
    for (const city of realData.cities) {
      const [x, y] = geography.project([city.lon, city.lat]);
      expect(x, city.city).toBeGreaterThan(20);
      expect(x, city.city).toBeLessThan(geography.width - 20);
      expect(y, city.city).toBeGreaterThan(20);
      expect(y, city.city).toBeLessThan(geography.height - 20);
      expect(geography.keyAt(x, y), city.city).toBe(city.iso3);
    }
  });

  it("keeps every country the data mention in view, its anchor on its own part of the map", () => {
    const whole = geography.coverage({ left: 0, top: 0, right: geography.width, bottom: geography.height });
    for (const key of keys) {
      const [x = -1, y = -1] = geography.anchors[key] ?? [];
      expect(geography.keyAt(x, y), key).toBe(key);
      expect(whole.byKey.get(key) ?? 0, key).toBeGreaterThan(0);
    }
  });

  it("knows which country lies under a point as the outlines do (geoContains), and none over the sea", () => {
    let checked = 0;
    let disagreements = 0;
    for (let y = 10; y < geography.height; y += 24) {
      for (let x = 10; x < geography.width; x += 24) {
        const lonLat = geography.invert([x, y]);
        const key = geography.keyAt(x, y);
        if (!lonLat || !key || geography.dots.some((dot) => dot.key === key)) continue;
        checked += 1;
        const outline = geography.outlineOf(key);
        if (!outline || !geoContains(outline, lonLat)) disagreements += 1;
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect(disagreements / checked).toBeLessThan(0.02);
    expect(geography.keyAt(...geography.project([65, 15]))).toBeUndefined();
    expect(geography.keyAt(...geography.project([71.45, 51.17]))).toBe("KAZ");
  });

  it("projects places into the frame: Astana lies inside Kazakhstan's part of the map", () => {
    const [x, y] = geography.project([71.43, 51.13]);
    const [kx = 0, ky = 0] = geography.anchors.KAZ ?? [];
    expect(Math.abs(x - kx)).toBeLessThan(150);
    expect(Math.abs(y - ky)).toBeLessThan(150);
  });
});
