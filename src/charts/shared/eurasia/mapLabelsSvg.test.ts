import { describe, expect, it } from "vitest";
import { leaderAttributes, labelAttributes, mapLabelsSvg } from "./mapLabelsSvg.ts";

const placed = [
  { key: "a", text: "Alpha", x: 10, y: 20, anchor: "start" as const },
  { key: "b", text: "B", x: 30, y: 40, anchor: "middle" as const, leader: { x1: 1, y1: 2, x2: 3, y2: 4 } },
];

describe("mapLabelsSvg", () => {
  it("writes every node, placed ones shown (in the text placed), the others hidden, leader lines under the names", () => {
    const svg = mapLabelsSvg(
      [
        { key: "a", text: "Alpha from somewhere" },
        { key: "b", text: "B & co" },
        { key: "c", text: "C" },
      ],
      placed,
    );
    expect(svg.indexOf("<line")).toBeLessThan(svg.indexOf("<text"));
    expect(svg).toContain('<text data-label="a" x="10" y="20" text-anchor="start" data-visible="true">Alpha</text>');
    expect(svg).toContain('<text data-label="c" x="0" y="0" data-visible="false">C</text>');
    expect(svg).toContain('<line data-leader="b" x1="1" y1="2" x2="3" y2="4" data-visible="true">');
    expect(svg).toContain('<line data-leader="a" x1="0" y1="0" x2="0" y2="0" data-visible="false">');
    expect(svg).toMatch(/^<g class="map-labels" aria-hidden="true">/);
  });

  it("gives the same attributes the updater writes", () => {
    expect(labelAttributes(placed[0])).toEqual({ x: "10", y: "20", "text-anchor": "start", "data-visible": "true" });
    expect(labelAttributes(undefined)).toEqual({ "data-visible": "false" });
    expect(leaderAttributes(placed[0])).toEqual({ "data-visible": "false" });
    expect(leaderAttributes(placed[1])).toMatchObject({ x1: "1", y2: "4", "data-visible": "true" });
  });
});
