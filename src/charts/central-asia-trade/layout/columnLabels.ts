import type { ScaleLinear } from "d3-scale";
import { dodge, type DodgeItem } from "../../shared/dodge.ts";
import { round } from "../../shared/round.ts";
import type { TradeModel } from "../model/buildModel.ts";
import { seriesRules } from "../model/rules.ts";
import type { TradeStateSpec } from "../states.ts";
import { comparisonLabelLines, endLabelLines, missingYears } from "../text/labels.ts";
import { plotOf, type ChartDimensions, type ChartSize } from "./dimensions.ts";
import { yearX } from "./scales.ts";
import type { RuleMark, TextMark } from "./scene.ts";
import { comparisonOffset } from "./series.ts";

type Scale = ScaleLinear<number, number>;

/** Extra lines under an end label: the notes the step text makes about that point. */
function endNotes(model: TradeModel, spec: TradeStateSpec, partner: string, to: number): string[] {
  // Beside the other counts, each line says whose count it is.
  if (spec.hasComparisons) return partner === "CHN" ? ["by customs"] : partner === "RUS" ? ["by officials"] : [];
  if (partner === "EU" && spec.annotations.includes("crossover")) return ["EU figures"];
  if (partner !== "CHN") return [];
  const notes: string[] = [];
  if (spec.annotations.includes("crossover")) notes.push("passes Russia");
  if (spec.annotations.includes("record") && model.record.isHighest) notes.push("a record");
  if (spec.annotations.includes("gap")) {
    const gaps = missingYears(model.series.CHN.points, to);
    if (gaps.length > 0) notes.push(`no ${gaps.join(", ")} figure`);
  }
  return notes;
}

type ColumnLabel = TextMark & { target: number };

/** Each line's label at its latest revealed value, then the other counts' labels at theirs. */
function collectLabels(model: TradeModel, spec: TradeStateSpec, y: Scale, size: ChartSize, dims: ChartDimensions) {
  const to = spec.revealTo(model);
  const isLines = spec.view === "lines";
  const ends = seriesRules.flatMap((rule): ColumnLabel[] => {
    const shown = model.series[rule.partner].points.filter((point) => point.year <= to);
    const last = shown.at(-1) ?? model.series[rule.partner].points[0];
    if (!last) return [];
    return [
      {
        ...{ key: `end-${rule.partner}`, x: 0, y: 0, anchor: "start", tone: rule.partner, isStrong: true },
        lines: endLabelLines(rule.partner, last, endNotes(model, spec, rule.partner, to)),
        isVisible: isLines && spec.series.includes(rule.partner) && shown.length > 0,
        target: y(last.amount.value),
      },
    ];
  });
  const others = model.comparisons.map((comparison): ColumnLabel => ({
    ...{ key: `label-${comparison.key}`, x: 0, y: 0, anchor: "start", tone: comparison.partner, isStrong: false },
    lines: comparisonLabelLines(comparison, size, dims.columnChars),
    isVisible: isLines && spec.hasComparisons,
    target: y(comparison.amount.value),
  }));
  return [...ends, ...others];
}

/**
 * The direct labels right of the revealed lines: each line's latest value and, in the
 * comparison state, the other counts, stacked with {@link dodge} so close values never overlap.
 * Leaders tie each other count's marker to its label, which the stacking may have moved.
 */
export function layoutColumnLabels(
  model: TradeModel,
  spec: TradeStateSpec,
  scales: { x: Scale; y: Scale },
  dims: ChartDimensions,
  size: ChartSize,
): { texts: TextMark[]; rules: RuleMark[] } {
  const { x, y } = scales;
  const labels = collectLabels(model, spec, y, size, dims);
  const right = x.range()[1] ?? 0;
  const left = spec.hasComparisons ? right + comparisonOffset + 11 : yearX(x, spec.revealTo(model)) + 10;
  const heightOf = (label: TextMark) => label.lines.length * dims.lineHeight;
  const items: DodgeItem[] = labels
    .filter((label) => label.isVisible)
    .map((label) => ({ key: label.key, target: label.target, height: heightOf(label) }));
  const tops = dodge(items, 2, plotOf(dims).bottom, 4);
  const texts = labels.map(({ target, ...label }) => ({
    ...label,
    x: round(left),
    y: round(tops.get(label.key) ?? target - heightOf(label) / 2),
  }));
  const rules = model.comparisons.map((comparison) => {
    const label = texts.find((text) => text.key === `label-${comparison.key}`);
    return {
      key: `leader-${comparison.key}`,
      x1: round(right + comparisonOffset + 6),
      y1: round(y(comparison.amount.value)),
      x2: round(left - 3),
      y2: round((label?.y ?? 0) + dims.lineHeight / 2),
      isVisible: label?.isVisible ?? false,
    };
  });
  return { texts, rules };
}
