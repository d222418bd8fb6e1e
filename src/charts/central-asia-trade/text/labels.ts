import type { TradePartner } from "../../../schemas/tradeRow.ts";
import { wrapText } from "../../shared/wrapText.ts";
import type { ChartSize } from "../layout/dimensions.ts";
import type { ComparisonPoint } from "../model/comparisons.ts";
import type { SourcedFigure } from "../model/points.ts";
import { formatMoney } from "../../shared/format.ts";
import { partnerNames } from "./names.ts";

/** A figure in running text and announcements: "$70.2 billion", "over $42 billion", or "no figure". */
export function figureText(point: SourcedFigure | undefined): string {
  return point ? formatMoney(point.amount, point) : "no figure";
}

/** A figure on the chart, where room is tight: "$70.2bn", "over $42bn". */
export function figureLabel(point: SourcedFigure): string {
  return formatMoney(point.amount, { ...point, isTight: true });
}

/**
 * The direct label at a line's end: its name and year ("China, 2024"), then its value ("over
 * $42bn" for a lower bound). Every end label names its year: the axis ticks are round years,
 * so the last revealed one (or the year a line stopped, "EU, 2020") would otherwise be a guess.
 */
export function endLabelLines(partner: TradePartner, point: SourcedFigure, extra: readonly string[]): string[] {
  return [`${partnerNames[partner]}, ${point.year}`, figureLabel(point), ...extra];
}

/** Whose count another figure is, per size (the compact column is narrow). */
const comparisonSources: Record<string, Record<ChartSize, string>> = {
  national: { compact: "the region", wide: "Central Asian statistics" },
  edb: { compact: "EDB", wide: "Eurasian Development Bank" },
};

/** The label of another count, wrapped to the column: "China, by" / "EDB: $66.2bn". */
export function comparisonLabelLines(comparison: ComparisonPoint, size: ChartSize, columnChars: number): string[] {
  const source = comparisonSources[comparison.basis]?.[size] ?? comparison.basis;
  return wrapText(`${partnerNames[comparison.partner]}, by ${source}: ${figureLabel(comparison)}`, columnChars);
}

/** Years missing inside a line up to `to`: the gaps the chart leaves open. */
export function missingYears(points: readonly SourcedFigure[], to: number): number[] {
  const years = new Set(points.map((point) => point.year));
  const shown = points.filter((point) => point.year <= to);
  const first = shown[0]?.year ?? to;
  const last = shown.at(-1)?.year ?? to;
  const missing: number[] = [];
  for (let year = first; year <= last; year += 1) if (!years.has(year)) missing.push(year);
  return missing;
}
