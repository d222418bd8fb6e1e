import { describe, expect, it } from "vitest";
import { amount, realData } from "../../../test/realData.ts";
import { formatAsWritten, formatDate, formatMoney, formatTick, siteOf } from "./format.ts";

/** A decimal string rounded to one decimal, half up, in exact decimal arithmetic: "4.35" → "4.4". */
function roundHalfUp(text: string): string {
  const [whole = "0", fraction = ""] = text.split(".");
  // A whole number stays whole: the house style adds no decimal the source did not write.
  if (fraction === "") return whole;
  const digits = fraction.padEnd(2, "0");
  const tenths = BigInt(whole + digits.slice(0, 1)) + (Number(digits[1]) >= 5 ? 1n : 0n);
  return `${tenths / 10n}.${tenths % 10n}`;
}

describe("formatMoney", () => {
  it("writes billions to one decimal, a written trailing zero kept, none added", () => {
    expect(formatMoney(amount("30.82"))).toBe("$30.8 billion");
    expect(formatMoney(amount("41.0"))).toBe("$41.0 billion");
    expect(formatMoney(amount("94.82"))).toBe("$94.8 billion");
    expect(formatMoney(amount("23.523"))).toBe("$23.5 billion");
    expect(formatMoney(amount("45"))).toBe("$45 billion");
    expect(formatMoney(amount("2.96"))).toBe("$3.0 billion");
  });

  it("rounds a figure ending in 5 up, the same way whatever its value", () => {
    expect(formatMoney(amount("12.25"))).toBe("$12.3 billion");
    expect(formatMoney(amount("2.35"))).toBe("$2.4 billion");
    expect(formatMoney(amount("4.35"))).toBe("$4.4 billion");
    expect(formatMoney(amount("2.05"))).toBe("$2.1 billion");
  });

  it("rounds every real figure as its CSV cell reads, not as its binary value happens to fall", () => {
    const measured = realData.trade.filter((row) => !row.source.startsWith("Russian government statement"));
    const cells = measured.flatMap((row) =>
      [row.turnover_usd_bn, row.exports_usd_bn, row.imports_usd_bn].flatMap((each) =>
        each && each.value >= 1 ? [{ line: row.line, text: each.value.toFixed(each.decimals) }] : [],
      ),
    );
    expect(cells.length).toBeGreaterThan(500);
    for (const { line, text } of cells) {
      expect(formatMoney(amount(text)), `line ${line}: ${text}`).toBe(`$${roundHalfUp(text)} billion`);
    }
  });

  it("writes figures under one billion in millions", () => {
    expect(formatMoney(amount("0.08"))).toBe("$80 million");
    expect(formatMoney(amount("0.781"))).toBe("$781 million");
    expect(formatMoney(amount("0.5"))).toBe("$500 million");
  });

  it("prints an official's statement as stated, never padded", () => {
    expect(formatMoney(amount("37.0"), { isStatement: true })).toBe("$37 billion");
    expect(formatMoney(amount("37.5"), { isStatement: true })).toBe("$37.5 billion");
  });

  it("prints a lower bound with 'over'", () => {
    expect(formatMoney(amount("42.0"), { isStatement: true, isLowerBound: true })).toBe("over $42 billion");
  });

  it("is tight in chart labels", () => {
    expect(formatMoney(amount("30.82"), { isTight: true })).toBe("$30.8bn");
    expect(formatMoney(amount("0.08"), { isTight: true })).toBe("$80m");
    expect(formatMoney(amount("42.0"), { isStatement: true, isLowerBound: true, isTight: true })).toBe("over $42bn");
  });
});

describe("formatAsWritten", () => {
  it("keeps the source's own precision for data tables", () => {
    expect(formatAsWritten(amount("94.82"))).toBe("94.82");
    expect(formatAsWritten(amount("41.0"))).toBe("41.0");
    expect(formatAsWritten(amount("0.781"))).toBe("0.781");
    expect(formatAsWritten(amount("42.0"), true)).toBe("over 42.0");
  });
});

describe("formatTick", () => {
  it("labels round axis values in billions", () => {
    expect(formatTick(20)).toBe("$20bn");
    expect(formatTick(0)).toBe("$0bn");
  });
});

describe("formatDate", () => {
  it("writes a date only as precisely as it is known", () => {
    expect(formatDate("2022-02-24")).toBe("24 February 2022");
    expect(formatDate("2012-04")).toBe("April 2012");
    expect(formatDate("1996")).toBe("1996");
  });

  it("shortens months for chart labels, September as Sep", () => {
    expect(formatDate("2022-02-24", { month: "short" })).toBe("24 Feb 2022");
    expect(formatDate("2013-09-07", { month: "short" })).toBe("7 Sep 2013");
  });

  it("can leave the year to the context", () => {
    expect(formatDate("2024-07-02", { isYearless: true })).toBe("2 July");
  });

  it("reads the date in UTC, whatever the machine's time zone", () => {
    expect(formatDate("2024-01-01")).toBe("1 January 2024");
    expect(formatDate("2024-12-31")).toBe("31 December 2024");
  });
});

describe("siteOf", () => {
  it("names a source by its site, without www", () => {
    expect(siteOf("https://www.astanatimes.com/2024/07/x/")).toBe("astanatimes.com");
    expect(siteOf("https://en.inform.kz/news/y")).toBe("en.inform.kz");
  });
});
