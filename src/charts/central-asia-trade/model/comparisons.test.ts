import { describe, expect, it } from "vitest";
import { addTrade, realData, removeTrade } from "../../../../test/realData.ts";
import { basisOf } from "../../../schemas/tradeBases.ts";
import { compareByCountry, findComparisons, isChinaAheadEverywhere, type ByCountryComparison } from "./comparisons.ts";
import { byCountryRules, comparisonRules } from "./rules.ts";

const rowAt = (line: number | undefined) => realData.trade.find((row) => row.line === line);

describe("compareByCountry", () => {
  const { year, pairs } = compareByCountry(realData.trade);

  it("picks the latest year with both partners sourced for some state (2023)", () => {
    expect(year).toBe(2023);
    expect(pairs.map((pair) => pair.iso3).sort()).toEqual(["KAZ", "KGZ", "TJK", "TKM", "UZB"]);
  });

  it("takes China from GACC and Russia from RIA rows of that year, amounts as in the rows", () => {
    let checked = 0;
    for (const pair of pairs) {
      for (const partner of ["CHN", "RUS"] as const) {
        const figure = pair.values[partner];
        if (!figure) continue;
        const row = rowAt(figure.line);
        expect(row).toMatchObject({ year, partner, reporter_iso3: pair.iso3, turnover_usd_bn: figure.amount });
        expect(basisOf(row ?? { source: "" })?.slug).toBe(byCountryRules[partner]);
        checked += 1;
      }
    }
    expect(checked).toBe(9);
  });

  it("leaves Turkmenistan's Russia figure missing, never zero", () => {
    const tkm = pairs.find((pair) => pair.iso3 === "TKM");
    expect(tkm?.values.RUS).toBeUndefined();
    expect(tkm?.values.CHN?.amount.value).toBeGreaterThan(0);
  });

  it("sorts by the China figure, largest first", () => {
    const values = pairs.map((pair) => pair.values.CHN?.amount.value ?? -1);
    expect(values).toEqual([...values].sort((a, b) => b - a));
  });

  it("moves to a later year once Russia is sourced for it", () => {
    const ria = realData.trade.find((row) => row.source.startsWith("RIA Novosti") && row.reporter_iso3 === "KAZ");
    const gacc = realData.trade.find(
      (row) =>
        row.year === 2024 && row.partner === "CHN" && row.reporter_iso3 === "KAZ" && basisOf(row)?.slug === "gacc",
    );
    if (!ria || !gacc) throw new Error("fixture");
    const later = addTrade({ ...ria, year: 2024, turnover_usd_bn: { value: 27.5, decimals: 1 } });
    const comparison = compareByCountry(later.trade);
    expect(comparison.year).toBe(2024);
    const kaz = comparison.pairs.find((pair) => pair.iso3 === "KAZ");
    expect(kaz?.values.RUS?.amount.value).toBe(27.5);
    expect(kaz?.values.CHN?.line).toBe(gacc.line);
    expect(comparison.pairs.find((pair) => pair.iso3 === "UZB")?.values.RUS).toBeUndefined();
  });

  it("fails, naming both sources, when no year has both", () => {
    const data = removeTrade((row) => row.source.startsWith("RIA Novosti"));
    expect(() => compareByCountry(data.trade)).toThrow(/"gacc".*"ria"/);
  });
});

describe("isChinaAheadEverywhere", () => {
  const real = compareByCountry(realData.trade);

  it("holds in the real data, where China leads wherever both figures exist", () => {
    const both = real.pairs.filter((pair) => pair.values.CHN && pair.values.RUS);
    const expected = both.every((pair) => (pair.values.CHN?.amount.value ?? 0) > (pair.values.RUS?.amount.value ?? 0));
    expect(isChinaAheadEverywhere(real)).toBe(expected);
    expect(expected).toBe(true);
  });

  it("fails as soon as Russia leads in one state", () => {
    const [first, ...rest] = real.pairs;
    if (!first?.values.CHN || !first.values.RUS) throw new Error("fixture");
    const flipped: ByCountryComparison = {
      ...real,
      pairs: [
        {
          ...first,
          values: {
            ...first.values,
            RUS: { ...first.values.RUS, amount: { value: first.values.CHN.amount.value + 1, decimals: 1 } },
          },
        },
        ...rest,
      ],
    };
    expect(isChinaAheadEverywhere(flipped)).toBe(false);
  });
});

describe("findComparisons", () => {
  it("finds the other counts of a year, in rule order, from CA5 rows of each basis", () => {
    const comparisons = findComparisons(realData.trade, 2024, comparisonRules);
    expect(comparisons.map((comparison) => comparison.key)).toEqual(["CHN-national", "CHN-edb", "RUS-national"]);
    for (const comparison of comparisons) {
      const row = rowAt(comparison.line);
      expect(row).toMatchObject({ year: 2024, partner: comparison.partner, reporter_iso3: "CA5" });
      expect(row?.turnover_usd_bn).toEqual(comparison.amount);
      expect(basisOf(row ?? { source: "" })?.slug).toBe(comparison.basis);
    }
  });

  it("skips a rule without a row that year instead of inventing one", () => {
    const data = removeTrade((row) => row.year === 2024 && row.source.startsWith("Eurasian Development Bank"));
    expect(findComparisons(data.trade, 2024, comparisonRules).map((comparison) => comparison.key)).toEqual([
      "CHN-national",
      "RUS-national",
    ]);
    expect(findComparisons(realData.trade, 1990, comparisonRules)).toEqual([]);
  });
});
