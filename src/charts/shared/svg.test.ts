import { describe, expect, it } from "vitest";
import { attributes, chartSvg, element, escapeXml } from "./svg.ts";

describe("svg markup", () => {
  it("escapes text and attribute values", () => {
    expect(escapeXml(`<a href="x">R&D</a>`)).toBe("&lt;a href=&quot;x&quot;&gt;R&amp;D&lt;/a&gt;");
  });

  it("leaves out undefined and false attributes and writes true as an empty value", () => {
    expect(attributes({ a: 1, b: undefined, c: false, d: true, e: 'x"y' })).toBe(' a="1" d="" e="x&quot;y"');
  });

  it("writes an element with markup children as given", () => {
    expect(element("g", { class: "c" }, [element("line", { x1: 0 }), "<text>t</text>"])).toBe(
      '<g class="c"><line x1="0"></line><text>t</text></g>',
    );
    expect(element("desc", {}, escapeXml("a < b"))).toBe("<desc>a &lt; b</desc>");
  });
});

describe("chartSvg", () => {
  const options = { attributes: { class: "m" }, width: 10, height: 5, idPrefix: "p", title: "T & U", description: "D" };

  it("names the drawing by its title and description, escaped, before the children", () => {
    expect(chartSvg(options, ["<g></g>"])).toBe(
      '<svg class="m" viewBox="0 0 10 5" role="img" aria-labelledby="p-title p-desc">' +
        '<title id="p-title">T &amp; U</title><desc id="p-desc" data-role="description">D</desc><g></g></svg>',
    );
  });

  it("hides a decorative drawing from assistive technology, and lets the page's attributes win", () => {
    const svg = chartSvg({ ...options, isDecorative: true, root: { class: "n" } }, []);
    expect(svg).toMatch(/^<svg class="n" viewBox="0 0 10 5" aria-hidden="true">/);
    expect(svg).not.toContain("aria-labelledby");
  });
});
