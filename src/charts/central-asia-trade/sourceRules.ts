import type { CentralAsianState, TradePartner } from "../../schemas/tradeRow.ts";

/** One statistical basis: the rows whose `source` starts with `prefix`. */
export interface BasisRule {
  /** Start of the `source` text that selects the rows (case-sensitive). */
  prefix: string;
  /** Short stable id, used in mark keys (`CHN-gacc`) and `data-basis`. */
  basis: string;
  /** Drawn dashed: the basis differs from the long customs-based series (e.g. officials' statements). */
  isDashed: boolean;
  /** How the source line credits it. */
  credit: string;
}

/**
 * A region-total line: a long primary series, optionally continued by another source for the
 * years after the primary's last year only (so an overlap year never doubles a point).
 */
export interface SeriesRule {
  partner: TradePartner;
  primary: BasisRule;
  continuation?: BasisRule;
}

const dotsCredit = "IMF Direction of Trade Statistics";

/** The three lines, each from its partner's own statistics (sources.md, "Recommended chart series"). */
export const seriesRules: readonly SeriesRule[] = [
  {
    partner: "CHN",
    primary: { prefix: "IMF DOTS (CHN-reported", basis: "dots", isDashed: false, credit: dotsCredit },
    // Same basis as DOTS China-reported (China's customs), so it stays solid.
    continuation: {
      prefix: "China GACC customs",
      basis: "gacc",
      isDashed: false,
      credit: "China's customs (GACC) via press",
    },
  },
  {
    partner: "RUS",
    primary: { prefix: "IMF DOTS (RUS-reported", basis: "dots", isDashed: false, credit: dotsCredit },
    continuation: {
      prefix: "Russian government statement",
      basis: "statement",
      isDashed: true,
      credit: "Russian government statements",
    },
  },
  { partner: "EU", primary: { prefix: "IMF DOTS (EU-reported", basis: "dots", isDashed: false, credit: dotsCredit } },
];

/** A region-total figure from another count, shown beside the lines in the `two-counts` state. */
export interface ComparisonRule {
  partner: TradePartner;
  prefix: string;
  /** Stable id for keys (`CHN-national`). */
  basis: string;
  /** Whose count it is, in running text. */
  name: string;
  credit: string;
}

/** The Central Asian states' own statistics, the same source for both partners. */
const nationalStatistics = {
  prefix: "Central Asian national statistics",
  basis: "national",
  name: "Central Asian national statistics",
  credit: "Central Asian national statistics via review.uz",
};

/** Counts that disagree with the partners' own: the Central Asian side's and the EDB's. */
export const comparisonRules: readonly ComparisonRule[] = [
  { partner: "CHN", ...nationalStatistics },
  {
    partner: "CHN",
    prefix: "Eurasian Development Bank",
    basis: "edb",
    name: "the Eurasian Development Bank",
    credit: "Eurasian Development Bank via press",
  },
  { partner: "RUS", ...nationalStatistics },
];

/** Per-country sources of the `by-country` bars, one per partner. */
export const byCountryRules: Readonly<Record<"CHN" | "RUS", BasisRule>> = {
  CHN: { prefix: "China GACC customs", basis: "gacc", isDashed: false, credit: "China's customs (GACC) via press" },
  RUS: {
    prefix: "RIA Novosti",
    basis: "ria",
    isDashed: false,
    credit: "RIA Novosti calculations from national statistics",
  },
};

/** Partners whose reporting IMF DOTS credits, for "(China-, Russia- and EU-reported)". */
export const dotsReporterNames: Readonly<Record<TradePartner, string>> = { CHN: "China", RUS: "Russia", EU: "EU" };

/** Reader-facing names of the Central Asian states. */
export const stateNames: Readonly<Record<CentralAsianState, string>> = {
  KAZ: "Kazakhstan",
  KGZ: "Kyrgyzstan",
  TJK: "Tajikistan",
  TKM: "Turkmenistan",
  UZB: "Uzbekistan",
};

/** Reader-facing names of the partners. */
export const partnerNames: Readonly<Record<TradePartner, string>> = { CHN: "China", RUS: "Russia", EU: "EU" };
