import { describe, expect, it } from "vitest";
import { compareByCountry } from "./byCountry.ts";
import { byCountryRules } from "./sourceRules.ts";
import { addRow, realRows } from "./tradeFixture.ts";

describe("compareByCountry", () => {
  it("picks the latest year with both partners sourced for some state (2023)", () => {
    const { year, pairs } = compareByCountry(realRows, byCountryRules);
    expect(year).toBe(2023);
    expect(pairs.map((pair) => pair.iso3).sort()).toEqual(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);
  });

  it("takes China from GACC and Russia from RIA rows of that year, values as in the rows", () => {
    const { year, pairs } = compareByCountry(realRows, byCountryRules);
    for (const pair of pairs) {
      for (const partner of ["CHN", "RUS"] as const) {
        const row = realRows.find((r) => r.line === pair.values[partner]?.line);
        if (!row) continue;
        expect(row).toMatchObject({
          year,
          partner,
          reporter_iso3: pair.iso3,
          turnover_usd_bn: pair.values[partner]?.value,
        });
        expect(row.source.startsWith(byCountryRules[partner].prefix)).toBe(true);
      }
    }
  });

  it("leaves Turkmenistan's Russia figure missing, never zero", () => {
    const tkm = compareByCountry(realRows, byCountryRules).pairs.find((pair) => pair.iso3 === "TKM");
    expect(tkm?.values.RUS).toBeUndefined();
    expect(tkm?.values.CHN?.value).toBeGreaterThan(0);
  });

  it("sorts by the China figure, largest first", () => {
    const values = compareByCountry(realRows, byCountryRules).pairs.map((pair) => pair.values.CHN?.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("moves to a later year once Russia is sourced for it", () => {
    const ria = realRows.find((row) => row.source.startsWith("RIA Novosti") && row.reporter_iso3 === "KAZ");
    if (!ria) throw new Error("fixture");
    const later = addRow(realRows, { ...ria, year: 2024, turnover_usd_bn: 27.5 });
    const { year, pairs } = compareByCountry(later, byCountryRules);
    expect(year).toBe(2024);
    expect(pairs.find((pair) => pair.iso3 === "KAZ")?.values.RUS?.value).toBe(27.5);
    expect(pairs.find((pair) => pair.iso3 === "UZB")?.values.RUS).toBeUndefined();
  });
});
