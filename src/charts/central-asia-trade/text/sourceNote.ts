import { imfReporterNames } from "../../../schemas/tradeBases.ts";
import { joinNames } from "../../shared/listFormat.ts";
import type { TradeModel } from "../model/buildModel.ts";
import { byCountryRules } from "../model/rules.ts";

/** Short credits per basis, for the one-line source note under the chart. */
const credits: Record<string, string> = {
  gacc: "China's customs (GACC) via press",
  statement: "Russian officials' statements",
  national: "Central Asian national statistics via review.uz",
  edb: "Eurasian Development Bank via press",
  ria: "RIA Novosti calculations from national statistics",
};

/**
 * "Source: …" naming only the sources the chart draws from, in the order they appear; the IMF
 * workbooks are credited once with their reporters ("as reported by China, Russia and the EU").
 */
export function describeTradeSources(model: TradeModel): string {
  const slugs = [
    ...Object.values(model.series).flatMap((series) => series.points.map((point) => point.basis)),
    ...model.comparisons.map((comparison) => comparison.basis),
    ...Object.values(byCountryRules),
  ];
  const used = [...new Set(slugs)];
  const imf = used.filter((slug) => slug.startsWith("imf-"));
  const reporters = imf.map(
    (slug) => imfReporterNames[slug.slice(4).toUpperCase() as keyof typeof imfReporterNames] ?? slug,
  );
  const list = [
    ...(imf.length > 0 ? [`IMF Direction of Trade Statistics (as reported by ${joinNames(reporters)})`] : []),
    ...used.filter((slug) => !slug.startsWith("imf-")).map((slug) => credits[slug] ?? slug),
  ];
  return `Source: ${list.join(", ")}; goods only, current US$.`;
}
