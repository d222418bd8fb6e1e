import { describe, expect, it } from "vitest";
import { amount } from "../../test/realData.ts";
import { checkFigure, moneyPattern } from "./figureText.ts";
import type { ResolvedRow } from "./rowRefs.ts";

const row = (text: string, extra: Partial<ResolvedRow> = {}): ResolvedRow => ({
  address: "central-asia-trade.csv:15",
  file: "central-asia-trade.csv",
  line: 15,
  column: "turnover_usd_bn",
  amount: amount(text),
  isLowerBound: false,
  isStatement: false,
  sourceName: "IMF",
  sourceUrl: "https://example.org",
  ...extra,
});
const statement = (text: string) => row(text, { isStatement: true, isLowerBound: true });

describe("moneyPattern", () => {
  it("finds US$ figures in running text, with their lower-bound words", () => {
    const text =
      "Trade of $30.8 billion, $80 million, more than $42 billion, over $5bn and at least $1,200m; not 30.8.";
    expect([...text.matchAll(moneyPattern)].map(([figure]) => figure)).toEqual([
      "$30.8 billion",
      "$80 million",
      "more than $42 billion",
      "over $5bn",
      "at least $1,200m",
    ]);
  });
});

describe("checkFigure", () => {
  it("accepts the house style of the row's figure, however the lower bound and unit are written", () => {
    expect(checkFigure("$30.8 billion", row("30.82"))).toBeUndefined();
    expect(checkFigure("$30.8bn", row("30.82"))).toBeUndefined();
    expect(checkFigure("$80 million", row("0.08"))).toBeUndefined();
    expect(checkFigure("more than $42 billion", statement("42.0"))).toBeUndefined();
    expect(checkFigure("over $42 billion", statement("42.0"))).toBeUndefined();
  });

  it("reports a figure typed wrong, naming the row, its value as written and what to write", () => {
    expect(checkFigure("$31.5 billion", row("30.82"))).toBe(
      '"$31.5 billion" does not match central-asia-trade.csv:15 (turnover_usd_bn 30.82); write "$30.8 billion".',
    );
  });

  it("reports a figure written with more precision than the house style", () => {
    expect(checkFigure("$30.82 billion", row("30.82"))).toMatch(/write "\$30\.8 billion"/);
    expect(checkFigure("$42.0 billion", statement("42.0"))).toMatch(
      /a minimum \("over"\)\); write "over \$42 billion"/,
    );
  });

  it("reports a lower bound printed as exact, and an exact figure printed as a lower bound", () => {
    expect(checkFigure("$42 billion", statement("42.0"))).toMatch(/write "over \$42 billion"/);
    expect(checkFigure("over $30.8 billion", row("30.82"))).toMatch(/write "\$30\.8 billion"/);
  });

  it("reports millions written as a fraction of a billion", () => {
    expect(checkFigure("$0.1 billion", row("0.08"))).toMatch(/write "\$80 million"/);
  });
});
