import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { ComparisonPoint } from "./comparisons.ts";
import { formatBillions, formatValue } from "./format.ts";
import type { ChartSize } from "./scene.ts";
import type { SeriesPoint } from "./series.ts";
import { partnerNames } from "./sourceRules.ts";
import { wrapText } from "./wrapText.ts";

/**
 * The direct label at a line's end: its name and year ("China, 2024"), then its value ("over
 * $42.0bn" for a lower bound). Every end label names its year: the axis ticks are round years,
 * so the last revealed one (or the year a line stopped, "EU, 2020") would otherwise be a guess.
 */
export function endLabelLines(partner: TradePartner, point: SeriesPoint, extra: string[]): string[] {
  return [`${partnerNames[partner]}, ${point.year}`, formatValue(point, point.isLowerBound), ...extra];
}

/** Whose count another figure is, per size (the compact column is narrow). */
const comparisonSources: Record<string, Record<ChartSize, string>> = {
  national: { compact: "Central Asia", wide: "Central Asia" },
  edb: { compact: "EDB", wide: "Eurasian Development Bank" },
};

/** Longest line, in characters, that each size's label column holds. */
export const columnChars: Record<ChartSize, number> = { compact: 13, wide: 23 };

/** The label of another count, wrapped to the column: "China, by" / "EDB: $66.2bn". */
export function comparisonLabelLines(comparison: ComparisonPoint, size: ChartSize): string[] {
  const source = comparisonSources[comparison.basis]?.[size] ?? comparison.name;
  const text = `${partnerNames[comparison.partner]}, by ${source}: ${formatBillions(comparison)}`;
  return wrapText(text, columnChars[size]);
}

/** Years missing inside a line up to `to`: the gaps the chart leaves open. */
export function missingYears(points: readonly SeriesPoint[], to: number): number[] {
  const years = new Set(points.map((point) => point.year));
  const shown = points.filter((point) => point.year <= to);
  const first = shown[0]?.year ?? to;
  const last = shown.at(-1)?.year ?? to;
  const missing: number[] = [];
  for (let year = first; year <= last; year += 1) if (!years.has(year)) missing.push(year);
  return missing;
}
