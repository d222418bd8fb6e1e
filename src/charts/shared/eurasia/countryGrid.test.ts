import { describe, expect, it } from "vitest";
import { squareRing } from "../../../../test/squareRing.ts";
import { buildCountryGrid } from "./countryGrid.ts";

describe("buildCountryGrid", () => {
  const grid = buildCountryGrid(
    200,
    100,
    [
      { key: "AAA", rings: [squareRing(0, 0, 80), squareRing(20, 20, 20)] },
      { key: "BBB", rings: [squareRing(100, 0, 40)] },
    ],
    [{ key: "DOT", cx: 170, cy: 70, r: 6 }],
  );

  it("finds the country under a point, with holes left out (even-odd), and small states as discs", () => {
    expect(grid.keyAt(10, 10)).toBe("AAA");
    expect(grid.keyAt(30, 30)).toBeUndefined();
    expect(grid.keyAt(110, 10)).toBe("BBB");
    expect(grid.keyAt(170, 70)).toBe("DOT");
    expect(grid.keyAt(90, 90)).toBeUndefined();
    expect(grid.keyAt(-5, 10)).toBeUndefined();
    expect(grid.keyAt(10, 500)).toBeUndefined();
  });

  it("counts the cells a box covers on each country", () => {
    const { cells, byKey } = grid.coverage({ left: 60, right: 119, top: 0, bottom: 19 });
    expect(cells).toBe(15 * 5);
    expect(byKey.get("AAA")).toBe(5 * 5);
    expect(byKey.get("BBB")).toBe(5 * 5);
    expect(grid.coverage({ left: 20, right: 39, top: 20, bottom: 39 }).byKey.size).toBe(0);
  });
});
