import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { chartSizes } from "../layout/dimensions.ts";
import { layoutTradeChart } from "../layout/layoutTradeChart.ts";
import { buildTradeModel } from "../model/buildModel.ts";
import { tradeStateIds } from "../states.ts";
import { tradeSvg } from "./tradeSvg.ts";

const model = buildTradeModel(realData);
const options = { idPrefix: "t", title: "Trade & more" };

/** The attributes of every element carrying `marker` (e.g. `data-series`), in document order. */
function elementsWith(svg: string, marker: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<\\w+ [^>]*${marker}[^>]*>`, "g"))].map(([tag]) =>
    Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, name = "", value = ""]) => [name, value])),
  );
}

describe("tradeSvg", () => {
  it("is an image named by its title and described by the scene's text alternative", () => {
    const scene = layoutTradeChart(model, "record", "wide");
    const svg = tradeSvg(scene, options);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="t-title t-desc"/);
    expect(svg).toContain(`viewBox="0 0 ${scene.width} ${scene.height}"`);
    expect(svg).toContain('<title id="t-title">Trade &amp; more</title>');
    expect(svg).toContain(`<desc id="t-desc" data-role="description">${scene.description}</desc>`);
  });

  it("hides a decorative drawing from assistive technology", () => {
    const svg = tradeSvg(layoutTradeChart(model, "record", "wide"), { ...options, isDecorative: true });
    expect(svg).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(svg).not.toMatch(/^<svg [^>]*role=/);
  });

  it("keys the series by partner code, as the DOM contract says", () => {
    const svg = tradeSvg(layoutTradeChart(model, "crossover", "compact"), options);
    expect(elementsWith(svg, 'data-series=""').map((element) => element["data-key"])).toEqual(["CHN", "RUS", "EU"]);
  });

  it("writes every keyed mark of the scene once, with its visibility", () => {
    for (const stateId of tradeStateIds) {
      for (const size of chartSizes) {
        const scene = layoutTradeChart(model, stateId, size);
        const svg = tradeSvg(scene, options);
        const check = (marker: string, marks: { key: string; isVisible: boolean }[]) => {
          const elements = elementsWith(svg, marker);
          expect(
            elements.map((element) => element["data-key"]),
            `${stateId}/${size} ${marker}`,
          ).toEqual(marks.map((mark) => mark.key));
          elements.forEach((element, index) => expect(element["data-visible"]).toBe(String(marks[index]?.isVisible)));
        };
        check("data-text", scene.texts);
        check("data-rule", scene.rules);
        check(
          "data-segment",
          scene.series.flatMap((line) => line.segments),
        );
        check(
          "data-point",
          scene.series.flatMap((line) => line.points),
        );
        check("data-bar", scene.bars);
      }
    }
  });

  it("marks lower bounds and their carets, and dashes the statements", () => {
    for (const size of chartSizes) {
      const scene = layoutTradeChart(model, "invasion", size);
      const svg = tradeSvg(scene, options);
      const points = scene.series.flatMap((line) => line.points);
      for (const element of elementsWith(svg, 'data-bound="lower"')) {
        const point = points.find((each) => each.key === element["data-key"]);
        expect(point?.kind).toBe("lower-bound");
        expect(element["data-caret"]).toBe(String(point?.hasCaret));
      }
      const dashed = elementsWith(svg, "data-dashed").map((element) => element["data-key"]);
      const expected = scene.series.flatMap((line) => line.segments.filter((s) => s.isDashed).map((s) => s.key));
      expect(dashed).toEqual(expected);
      expect(expected.length).toBeGreaterThan(0);
    }
  });

  it("escapes what the data says", () => {
    const scene = layoutTradeChart(model, "record", "wide");
    const svg = tradeSvg({ ...scene, description: 'A <b> & "quoted"' }, options);
    expect(svg).toContain("A &lt;b&gt; &amp; &quot;quoted&quot;");
  });
});
