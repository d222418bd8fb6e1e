import type { TradePartner } from "../../../schemas/tradeRow.ts";

/** A stretch of a line drawn from one basis (a `tradeBases` slug). */
export interface LineBasis {
  slug: string;
  /** Drawn dashed: the basis differs from the long customs-based series (officials' statements). */
  isDashed: boolean;
}

/**
 * A region-total line: a long primary series, optionally continued by another basis for the
 * years after the primary's last year only (so an overlap year never doubles a point).
 */
export interface SeriesRule {
  partner: TradePartner;
  primary: LineBasis;
  continuation?: LineBasis;
}

/** The three lines, each from its partner's own statistics (sources.md, "Recommended chart series"). */
export const seriesRules: readonly SeriesRule[] = [
  // GACC is China's customs too, the same basis as IMF DOTS China-reported, so it stays solid.
  { partner: "CHN", primary: { slug: "imf-chn", isDashed: false }, continuation: { slug: "gacc", isDashed: false } },
  {
    partner: "RUS",
    primary: { slug: "imf-rus", isDashed: false },
    continuation: { slug: "statement", isDashed: true },
  },
  { partner: "EU", primary: { slug: "imf-eu", isDashed: false } },
];

/** Region totals from other counts, shown beside the lines' ends in the `two-counts` state. */
export const comparisonRules: readonly { partner: TradePartner; slug: string }[] = [
  { partner: "CHN", slug: "national" },
  { partner: "CHN", slug: "edb" },
  { partner: "RUS", slug: "national" },
];

/** The two partners compared country by country, and the basis of each one's figures. */
export const byCountryRules = { CHN: "gacc", RUS: "ria" } as const;

/** One of the partners compared country by country. */
export type ByCountryPartner = keyof typeof byCountryRules;
