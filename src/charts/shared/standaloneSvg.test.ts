import { describe, expect, it } from "vitest";
import { palette } from "./palette.ts";
import { standaloneSvg } from "./standaloneSvg.ts";

const chart = '<svg viewBox="0 0 100 50"><rect data-status="member"></rect></svg>';
const parts = {
  chart,
  chartWidth: 100,
  chartHeight: 50,
  css: "[data-status=member]{fill:var(--color-status-member)}",
  heading: ["2024", "Belarus becomes a full member."],
  legend: [{ swatch: { "data-status": "member" }, label: "10 members" }],
  footer: "Source: SCO",
  width: 400,
};

describe("standaloneSvg", () => {
  it("is a complete SVG file of the given width, its height fitting all it holds", () => {
    const file = standaloneSvg(parts);
    expect(file.width).toBe(400);
    expect(file.svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(file.svg).toContain(`viewBox="0 0 400 ${file.height}"`);
    // The drawing is scaled to the file's width: 100 × 50 becomes 400 × 200, under the heading.
    expect(file.svg).toMatch(/<svg x="0" y="\d+(\.\d+)?" width="400" height="200" viewBox="0 0 100 50">/);
    expect(file.height).toBeGreaterThan(200);
  });

  it("writes the page's colour tokens out, light and dark", () => {
    const { svg } = standaloneSvg(parts);
    expect(svg).not.toContain("var(--color-");
    expect(svg).toContain(palette.light["status-member"]);
    expect(svg).toContain(`@media (prefers-color-scheme: dark){`);
    expect(svg).toContain(palette.dark["status-member"]);
  });

  it("writes the heading, the legend and the footer, escaped", () => {
    const { svg } = standaloneSvg({ ...parts, footer: "Source: A & B" });
    expect(svg).toContain(">2024</text>");
    expect(svg).toContain(">Belarus becomes a full member.</text>");
    expect(svg).toContain(">10 members</text>");
    expect(svg).toContain(">Source: A &amp; B</text>");
  });

  it("grows with a longer heading", () => {
    const short = standaloneSvg(parts).height;
    const long = standaloneSvg({ ...parts, heading: ["2024", "word ".repeat(60)] }).height;
    expect(long).toBeGreaterThan(short);
  });

  it("writes its words at the text size asked for, and wraps a legend too wide for one row", () => {
    const legend = ["10 members", "2 observers", "14 dialogue partners", "1 candidate"].map((label) => ({
      swatch: { "data-status": "member" },
      label,
    }));
    const small = standaloneSvg({ ...parts, legend, textSize: 8 });
    const large = standaloneSvg({ ...parts, legend, textSize: 30 });
    expect(large.svg).toContain('font-size="30"');
    const rowsOf = (svg: string) =>
      new Set([...svg.matchAll(/<rect x="[\d.]+" y="([\d.]+)"[^>]*data-status/g)].map(([, y]) => y)).size;
    expect(rowsOf(small.svg)).toBe(1);
    expect(rowsOf(large.svg)).toBeGreaterThan(1);
    // Every swatch starts inside the file.
    for (const [, x] of large.svg.matchAll(/<rect x="([\d.]+)"[^>]*data-status/g)) expect(Number(x)).toBeLessThan(400);
  });
});
