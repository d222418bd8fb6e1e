import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { realData } from "../../test/realData.ts";
import { parseCsv } from "../data/parseCsv.ts";
import { datasetPath } from "../data/readDataset.ts";
import { billionsField, iso3Field, optionalBillionsField, partialDateField, yearField } from "./csvFields.ts";
import { tradeColumns } from "./tradeRow.ts";

describe("billionsField", () => {
  it("keeps the decimal places a figure was written with, which the number alone loses", () => {
    expect(billionsField.parse("41.0")).toEqual({ value: 41, decimals: 1 });
    expect(billionsField.parse("94.82")).toEqual({ value: 94.82, decimals: 2 });
    expect(billionsField.parse("0.781")).toEqual({ value: 0.781, decimals: 3 });
    expect(billionsField.parse("45")).toEqual({ value: 45, decimals: 0 });
  });

  it("rejects units, signs, separators and exponents", () => {
    for (const text of ["$42", "42bn", "1,000", "-1.5", "4e3", " 42", ".5", ""]) {
      expect(billionsField.safeParse(text).success, text).toBe(false);
    }
  });

  it("reads an empty optional cell as not reported, never zero", () => {
    expect(optionalBillionsField.parse("")).toBeUndefined();
    expect(optionalBillionsField.parse("0.08")).toEqual({ value: 0.08, decimals: 2 });
  });

  it("gives every real turnover the value and decimals of its CSV cell, read apart from the schema", () => {
    const cellSchema = z.object({ turnover_usd_bn: z.string() });
    const text = readFileSync(datasetPath("trade"), "utf8");
    const cells = new Map(
      parseCsv(text, "trade", cellSchema, tradeColumns).map((row) => [row.line, row.turnover_usd_bn] as const),
    );
    expect(cells.size).toBe(realData.trade.length);
    for (const row of realData.trade) {
      const cell = cells.get(row.line) ?? "";
      expect(row.turnover_usd_bn.value, `line ${row.line}`).toBe(Number(cell));
      expect(row.turnover_usd_bn.decimals, `line ${row.line}`).toBe(cell.split(".")[1]?.length ?? 0);
    }
    // Trailing zeros are what the decimals exist for: the file has some, and they survive.
    expect([...cells.values()].some((cell) => /\.\d*0$/.test(cell))).toBe(true);
  });
});

describe("the other cell types", () => {
  it("takes four-digit years within the story's range only", () => {
    expect(yearField.parse("2024")).toBe(2024);
    for (const text of ["24", "1889", "2031", "2024.0"]) expect(yearField.safeParse(text).success, text).toBe(false);
  });

  it("takes known upper-case ISO3 codes only", () => {
    expect(iso3Field.parse("KAZ")).toBe("KAZ");
    for (const text of ["kaz", "XYZ", "KZ", "CA5"]) expect(iso3Field.safeParse(text).success, text).toBe(false);
  });

  it("takes a date only as precise as YYYY, YYYY-MM or YYYY-MM-DD", () => {
    for (const text of ["2012", "2012-04", "2022-02-24"]) expect(partialDateField.safeParse(text).success).toBe(true);
    for (const text of ["24/02/2022", "2022-2-24", "Feb 2022"]) {
      expect(partialDateField.safeParse(text).success, text).toBe(false);
    }
  });
});
