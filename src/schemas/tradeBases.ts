import type { TradeRow } from "./tradeRow.ts";

/**
 * The statistical bases of `central-asia-trade.csv`, recognised by the start of a row's
 * `source`. Each has a short stable slug (used in citations, `row:trade/2008/CHN/CA5/imf-chn`,
 * and in chart keys), the name readers see, and how it is worded: an official's rounded
 * statement is printed as stated ("$37 billion"), the rest in the house style ("$30.8 billion").
 */
export interface TradeBasis {
  prefix: string;
  slug: string;
  /** Whose count it is, as a reader-facing source line names it. */
  name: string;
  isStatement: boolean;
}

const imfReporters = ["CHN", "RUS", "EU", "KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;
/** Who reported a figure to the IMF, by the code in the source ("IMF DOTS (CHN-reported …"). */
export const imfReporterNames: Record<(typeof imfReporters)[number], string> = {
  CHN: "China",
  RUS: "Russia",
  EU: "the EU",
  KAZ: "Kazakhstan",
  KGZ: "Kyrgyzstan",
  TJK: "Tajikistan",
  TKM: "Turkmenistan",
  UZB: "Uzbekistan",
};

/** Every basis, most specific prefix first. */
export const tradeBases: readonly TradeBasis[] = [
  ...imfReporters.map((code) => ({
    prefix: `IMF DOTS (${code}-reported`,
    slug: `imf-${code.toLowerCase()}`,
    name: `IMF trade statistics, ${imfReporterNames[code]}'s reports`,
    isStatement: false,
  })),
  { prefix: "China GACC customs", slug: "gacc", name: "China's customs (GACC), via the press", isStatement: false },
  {
    prefix: "Central Asian national statistics",
    slug: "national",
    name: "Central Asian national statistics, via the press",
    isStatement: false,
  },
  {
    prefix: "Eurasian Development Bank",
    slug: "edb",
    name: "Eurasian Development Bank, via the press",
    isStatement: false,
  },
  {
    prefix: "Russian government statement",
    slug: "statement",
    name: "Russian officials' statements",
    isStatement: true,
  },
  { prefix: "RIA Novosti", slug: "ria", name: "RIA Novosti calculation from national statistics", isStatement: false },
  {
    prefix: "Kazakhstan Ministry of Trade",
    slug: "kazakh-ministry",
    name: "Kazakhstan's Ministry of Trade and Integration, via the press",
    isStatement: false,
  },
  {
    prefix: "Uzbekistan Statistics Agency",
    slug: "uzstat",
    name: "Uzbekistan's Statistics Agency, via the press",
    isStatement: false,
  },
];

/** The basis of a row; undefined when its source starts with none of the known prefixes. */
export function basisOf(row: Pick<TradeRow, "source">): TradeBasis | undefined {
  return tradeBases.find((basis) => row.source.startsWith(basis.prefix));
}
