import { z } from "zod";
import { DataError } from "../data/DataError.ts";
import { assertUniqueRows, type Located } from "../data/parseCsv.ts";
import { basisOf, tradeBases } from "./tradeBases.ts";
import { checkTurnoverSums } from "./turnoverSum.ts";
import { billionsField, optionalBillionsField, requiredText, sourceUrlField, yearField } from "./csvFields.ts";

/** Trading partners in `central-asia-trade.csv`: China, Russia and the European Union (not an ISO3 code). */
export const tradePartners = ["CHN", "RUS", "EU"] as const;

/** Reporters: `CA5` is the five-state region total, the others are the Central Asian states (ISO3). */
export const tradeReporters = ["CA5", "KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;

/** The Central Asian states, without the region total. */
export const centralAsianStates = ["KAZ", "KGZ", "TJK", "TKM", "UZB"] as const;

/** Values of the `bound` column: empty for an exact figure, `lower` for an "over $X" claim. */
export const tradeBounds = ["", "lower"] as const;

/** Column order of `central-asia-trade.csv`. */
export const tradeColumns = [
  "year",
  "partner",
  "reporter_iso3",
  "turnover_usd_bn",
  "exports_usd_bn",
  "imports_usd_bn",
  "source",
  "source_url",
  "notes",
  "bound",
] as const;

/**
 * One figure of goods trade between a Central Asian state (or the region) and a partner in one
 * year, as one source states it. Several statistical bases sit side by side: never add rows
 * across sources.
 */
export const tradeRowSchema = z.object({
  /** Calendar year the figure covers. */
  year: yearField,
  /** The partner: CHN (China), RUS (Russia) or EU (European Union). */
  partner: z.enum(tradePartners, { error: `must be one of ${tradePartners.join(", ")}` }),
  /** The Central Asian side: a state's ISO3 code, or CA5 for the five-state total. */
  reporter_iso3: z.enum(tradeReporters, { error: `must be one of ${tradeReporters.join(", ")}` }),
  /** Goods trade in both directions, current US$ billions. Required. */
  turnover_usd_bn: billionsField,
  /** The Central Asian side's exports to the partner, US$ billions; empty = not reported (never 0). */
  exports_usd_bn: optionalBillionsField,
  /** The Central Asian side's imports from the partner, US$ billions; empty = not reported (never 0). */
  imports_usd_bn: optionalBillionsField,
  /** Whose statistics and through which channel; the chart picks its series by this text's prefix. */
  source: requiredText("source (whose statistics, e.g. IMF DOTS (CHN-reported, …))"),
  /** Where the figure is published. */
  source_url: sourceUrlField,
  /** Quoted passage and caveats; may be empty. */
  notes: z.string(),
  /** `lower` when the source only says "over $X" (the value is a lower bound); empty for an exact figure. */
  bound: z.enum(tradeBounds, { error: `must be empty or "lower" (for an "over $X" figure)` }),
});

/** A validated row of `central-asia-trade.csv`. */
export type TradeRow = z.output<typeof tradeRowSchema>;

/** One of {@link tradePartners}. */
export type TradePartner = TradeRow["partner"];

/** One of {@link centralAsianStates}. */
export type CentralAsianState = (typeof centralAsianStates)[number];

/**
 * Every source must be a known basis (the charts and citations key on it), turnover must be
 * exports plus imports where all three are given (turnoverSum.ts), and no figure may be
 * repeated: the same year, partner, reporter and source twice. Different
 * sources for the same year are expected (they are the point of the chart), so the source is
 * part of the identity.
 */
export function checkTradeRows(rows: readonly Located<TradeRow>[], file: string): void {
  const unknown = rows.filter((row) => !basisOf(row));
  if (unknown.length > 0) {
    const known = tradeBases.map((basis) => `"${basis.prefix}…"`).join(", ");
    throw new DataError(
      unknown.map((row) => ({
        file,
        line: row.line,
        field: "source",
        message: `"${row.source}" starts with none of the known sources (${known}); use one, or add the new source to src/schemas/tradeBases.ts.`,
      })),
    );
  }
  const unbalanced = checkTurnoverSums(rows, file);
  if (unbalanced.length > 0) throw new DataError(unbalanced);
  assertUniqueRows(rows, file, (row) => `${row.year} ${row.partner}–${row.reporter_iso3}, ${row.source}`, "source");
}
