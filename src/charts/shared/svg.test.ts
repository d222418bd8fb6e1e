import { describe, expect, it } from "vitest";
import { attributes, element, escapeXml } from "./svg.ts";

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
