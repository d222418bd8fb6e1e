import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { eurasiaFor } from "./eurasiaFor.ts";
import { mapFileLabelCss } from "../mapDrawings.ts";
import { mapLabelScale, mapLabelSize } from "./mapType.ts";

// Read from disk: Vitest does not process stylesheets.
const labelsCss = readFileSync(new URL("./map-labels.css", import.meta.url), "utf8");
const frameCss = readFileSync(new URL("./map-frame.css", import.meta.url), "utf8");

/** The map is 960 units wide and fills the figure: a size in units at a figure width, in CSS px. */
const pxAt = (size: number, figureWidth: number) => (size * figureWidth) / 960;
/** The steps the page's stylesheet writes: its base size, then each container query's. */
const cssSteps = () => {
  const [, base] = /^\.map-labels \{\s*font-size: ([\d.]+)px;/m.exec(labelsCss) ?? [];
  const queries = [...labelsCss.matchAll(/min-width: (\d+)px\) \{\s*\.map-labels \{\s*font-size: ([\d.]+)px;/g)];
  return [
    { minWidth: 0, size: Number(base) },
    ...queries.map(([, width, size]) => ({ minWidth: Number(width), size: Number(size) })),
  ];
};

describe("the map labels' type scale", () => {
  it("is the same in the page's stylesheet as in the layouts", () => {
    expect(cssSteps()).toEqual(mapLabelScale.map((step) => ({ ...step })));
  });

  it("never writes a name larger than the chart title (16 px on phones, 18 px from 768 px): 16 px at most", () => {
    mapLabelScale.forEach((step, index) => {
      const next = mapLabelScale[index + 1]?.minWidth ?? 1800;
      expect(pxAt(step.size, next), `from ${step.minWidth} px`).toBeLessThanOrEqual(16);
    });
  });

  it("writes at least 12 px from the first step on, and 11 px wherever the map is 340 px wide or more", () => {
    expect(pxAt(mapLabelSize, 340)).toBeGreaterThanOrEqual(11);
    for (const step of mapLabelScale.slice(1)) {
      expect(pxAt(step.size, step.minWidth), `from ${step.minWidth} px`).toBeGreaterThanOrEqual(12);
    }
  });

  it("only ever shrinks as the figure widens, so a name never outgrows the box it was laid out in", () => {
    expect(mapLabelSize).toBe(Math.max(...mapLabelScale.map((step) => step.size)));
    mapLabelScale.slice(1).forEach((step, index) => {
      expect(step.size).toBeLessThan(mapLabelScale[index]?.size ?? 0);
      expect(step.minWidth).toBeGreaterThan(mapLabelScale[index]?.minWidth ?? Infinity);
    });
  });
});

describe("the type scale in a map's files", () => {
  it("is the page's, as media queries (a picture's own width, the map's)", () => {
    const css = mapFileLabelCss();
    const [, base] = /\.map-labels\{font-size:([\d.]+)px\}/.exec(css) ?? [];
    const steps = [...css.matchAll(/@media \(min-width:(\d+)px\)\{\.map-labels\{font-size:([\d.]+)px\}\}/g)];
    expect([
      { minWidth: 0, size: Number(base) },
      ...steps.map(([, width, size]) => ({ minWidth: Number(width), size: Number(size) })),
    ]).toEqual(mapLabelScale.map((step) => ({ ...step })));
  });
});

describe("the map's box in the page", () => {
  it("narrows on short screens by the map's own width over height, so its type scale follows the map as drawn", () => {
    const geography = eurasiaFor(realData);
    const ratios = [...frameCss.matchAll(/calc\(\d+svh \* ([\d.]+)\)/g)].map(([, ratio]) => Number(ratio));
    expect(ratios.length).toBe(2);
    for (const ratio of ratios) expect(Math.abs(ratio - geography.width / geography.height)).toBeLessThan(0.01);
    expect(labelsCss).toMatch(/@container map \(min-width/);
    expect(frameCss).toMatch(/container: map \/ inline-size/);
  });
});
