import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { chartDimensions } from "../layout/dimensions.ts";
import { buildTradeModel } from "../model/buildModel.ts";
import type { SourcedFigure } from "../model/points.ts";
import { comparisonLabelLines, endLabelLines, figureLabel, figureText, missingYears } from "./labels.ts";

const model = buildTradeModel(realData);
const figure = (value: number, decimals: number, extra: Partial<SourcedFigure> = {}): SourcedFigure => ({
  year: 2008,
  amount: { value, decimals },
  basis: "imf-chn",
  isLowerBound: false,
  isStatement: false,
  line: 15,
  sourceUrl: "",
  ...extra,
});

describe("figureText and figureLabel", () => {
  it("word a figure in the house style, in running text and in tight labels", () => {
    expect(figureText(figure(30.82, 2))).toBe("$30.8 billion");
    expect(figureLabel(figure(30.82, 2))).toBe("$30.8bn");
    expect(figureText(figure(0.781, 3))).toBe("$781 million");
    expect(figureLabel(figure(0.781, 3))).toBe("$781m");
  });

  it("print an official's rounded statement as stated, with 'over' for a lower bound", () => {
    const statement = figure(42, 1, { isStatement: true, isLowerBound: true, basis: "statement" });
    expect(figureText(statement)).toBe("over $42 billion");
    expect(figureLabel(statement)).toBe("over $42bn");
  });

  it("say so when there is no figure, rather than print a number", () => {
    expect(figureText(undefined)).toBe("no figure");
  });
});

describe("endLabelLines", () => {
  it("names the line and its year, then its value, then the notes", () => {
    const last = model.series.RUS.points.at(-1) as SourcedFigure;
    expect(endLabelLines("RUS", last, ["its officials"])).toEqual([
      `Russia, ${last.year}`,
      figureLabel(last),
      "its officials",
    ]);
  });
});

describe("comparisonLabelLines", () => {
  it("wraps another count's label to the column and names whose count it is", () => {
    for (const comparison of model.comparisons) {
      for (const size of ["compact", "wide"] as const) {
        const { columnChars } = chartDimensions[size];
        const lines = comparisonLabelLines(comparison, size, columnChars);
        for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(columnChars);
        expect(lines.join(" ")).toContain(figureLabel(comparison));
      }
    }
    const edb = model.comparisons.find((comparison) => comparison.basis === "edb");
    if (!edb) throw new Error("fixture");
    expect(comparisonLabelLines(edb, "wide", 40).join(" ")).toContain("Eurasian Development Bank");
    expect(comparisonLabelLines(edb, "compact", 40).join(" ")).toContain("EDB");
  });
});

describe("missingYears", () => {
  it("finds the years missing inside the revealed part of a line", () => {
    const points = [2000, 2001, 2003, 2006, 2007].map((year) => figure(1, 0, { year }));
    expect(missingYears(points, 2007)).toEqual([2002, 2004, 2005]);
    expect(missingYears(points, 2003)).toEqual([2002]);
    expect(missingYears(points, 2001)).toEqual([]);
  });

  it("finds China's real gap from the rows", () => {
    const years = new Set(model.series.CHN.points.map((point) => point.year));
    const gaps: number[] = [];
    for (let year = model.firstYear; year <= model.lastYear; year += 1) if (!years.has(year)) gaps.push(year);
    expect(missingYears(model.series.CHN.points, model.lastYear)).toEqual(gaps);
    expect(gaps).toContain(2021);
  });
});
