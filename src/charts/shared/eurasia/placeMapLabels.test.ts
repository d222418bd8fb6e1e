import { describe, expect, it } from "vitest";
import { squareRing } from "../../../../test/squareRing.ts";
import { boxesOverlap } from "../boxes.ts";
import { buildCountryGrid } from "./countryGrid.ts";
import { labelBox, letterBox } from "./labelBox.ts";
import { placeMapLabels, type MapLabelRequest } from "./placeMapLabels.ts";

// A made-up map: a big country, a small one beside it, and sea all round.
const geography = {
  width: 960,
  height: 600,
  ...buildCountryGrid(
    960,
    600,
    [
      { key: "BIG", rings: [squareRing(100, 100, 400)] },
      { key: "TINY", rings: [squareRing(500, 280, 30)] },
    ],
    [],
  ),
};
const coloured = new Set(["BIG", "TINY"]);
const request = (
  key: string,
  text: string,
  target: readonly [number, number],
  extra: Partial<MapLabelRequest> = {},
) => ({
  key,
  text,
  target,
  ownKeys: [key],
  isPoint: false,
  ...extra,
});

describe("placeMapLabels", () => {
  it("writes a name on its own country where it fits, without a leader line", () => {
    const [big] = placeMapLabels([request("BIG", "Bigland", [300, 300])], { geography, colouredKeys: coloured });
    expect(big?.leader).toBeUndefined();
    const letters = letterBox(big ?? { x: 0, y: 0, anchor: "middle", text: "" });
    expect(geography.coverage(letters).byKey.get("BIG")).toBe(geography.coverage(letters).cells);
  });

  it("stands a name off a country too small for it, with a leader line from inside the country to the name", () => {
    const [tiny] = placeMapLabels([request("TINY", "Tinyland", [515, 295])], { geography, colouredKeys: coloured });
    expect(tiny?.leader).toMatchObject({ x1: 515, y1: 295 });
    const box = labelBox(tiny ?? { x: 0, y: 0, anchor: "middle", text: "" });
    // Off the big neighbour: over the sea.
    expect(
      geography.coverage(letterBox(tiny ?? { x: 0, y: 0, anchor: "middle", text: "" })).byKey.get("BIG") ?? 0,
    ).toBe(0);
    const [x2 = 0, y2 = 0] = [tiny?.leader?.x2, tiny?.leader?.y2];
    expect(
      Math.hypot(Math.max(box.left - x2, 0, x2 - box.right), Math.max(box.top - y2, 0, y2 - box.bottom)),
    ).toBeLessThan(5);
  });

  it("keeps names clear of each other and of the points other names name", () => {
    const labels = placeMapLabels(
      [
        request("BIG", "Bigland", [300, 300]),
        request("TINY", "Tinyland", [515, 295]),
        request("B2", "Bigland again", [160, 330], { ownKeys: ["BIG"] }),
      ],
      { geography, colouredKeys: coloured },
    );
    const boxes = labels.map((label) => labelBox(label ?? { x: 0, y: 0, anchor: "middle", text: "" }));
    expect(boxesOverlap(boxes[0]!, boxes[1]!)).toBe(false);
    expect(boxesOverlap(boxes[0]!, boxes[2]!)).toBe(false);
    expect(boxesOverlap(boxes[1]!, boxes[2]!)).toBe(false);
  });

  it("writes a point's name beside it, or its short text where the full one finds no clear place", () => {
    const city = request("city", "A city", [700, 300], { isPoint: true, ownKeys: [], shortText: "City" });
    const [roomy] = placeMapLabels([city], { geography, colouredKeys: coloured });
    expect(roomy?.text).toBe("A city");
    expect(roomy?.leader).toBeUndefined();
    const tooLong = { ...city, text: "A city with a name far too long to be written anywhere on this map at all" };
    expect(placeMapLabels([tooLong], { geography, colouredKeys: coloured })[0]?.text).toBe("City");
  });

  it("leaves out an optional name that finds no clear place, and writes a required one anyway", () => {
    // Marks everywhere but round the point itself.
    const blocks = [
      { left: 0, right: 960, top: 0, bottom: 295 },
      { left: 0, right: 960, top: 305, bottom: 600 },
      { left: 0, right: 695, top: 0, bottom: 600 },
      { left: 705, right: 960, top: 0, bottom: 600 },
    ];
    const context = { geography, colouredKeys: coloured, obstacles: blocks };
    const target = [700, 300] as const;
    expect(placeMapLabels([request("opt", "Optional", target, { isPoint: true, isOptional: true })], context)).toEqual([
      undefined,
    ]);
    expect(placeMapLabels([request("req", "Required", target, { isPoint: true })], context)[0]?.text).toBe("Required");
  });
});
