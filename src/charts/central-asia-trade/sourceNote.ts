import type { TradeModel } from "./model.ts";
import { byCountryRules, comparisonRules, dotsReporterNames, seriesRules, type BasisRule } from "./sourceRules.ts";
import { joinNames } from "../shared/joinNames.ts";

/**
 * "Source: …" naming only the sources the chart draws from, in the order they appear; the IMF
 * workbooks are credited once with their reporters ("China-, Russia- and EU-reported").
 */
export function describeTradeSources(model: TradeModel): string {
  const credits: string[] = [];
  const add = (credit: string) => {
    if (!credits.includes(credit)) credits.push(credit);
  };
  const dotsReporters: string[] = [];
  const usedBases = (rule: (typeof seriesRules)[number]) =>
    new Set(model.series[rule.partner].points.map((point) => point.basis));
  for (const rule of seriesRules) {
    const used = usedBases(rule);
    const bases = [rule.primary, rule.continuation].filter((b): b is BasisRule => b !== undefined && used.has(b.basis));
    for (const basis of bases) {
      if (basis.prefix.startsWith("IMF DOTS")) dotsReporters.push(dotsReporterNames[rule.partner]);
      add(basis.prefix.startsWith("IMF DOTS") ? "IMF DOTS" : basis.credit);
    }
  }
  for (const comparison of model.comparisons) {
    add(
      comparisonRules.find((rule) => rule.partner === comparison.partner && rule.basis === comparison.basis)?.credit ??
        "",
    );
  }
  for (const rule of Object.values(byCountryRules)) add(rule.credit);
  const reporters = dotsReporters.map((name, i) => (i < dotsReporters.length - 1 ? `${name}-` : `${name}-reported`));
  const dots = `IMF Direction of Trade Statistics (${joinNames(reporters)})`;
  const list = credits.filter(Boolean).map((credit) => (credit === "IMF DOTS" ? dots : credit));
  return `Source: ${list.join(", ")}; goods only, current US$.`;
}
