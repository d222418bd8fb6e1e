import { measureText } from "../../shared/measureText.ts";
import { round } from "../../shared/round.ts";
import type { CountryPair } from "../model/comparisons.ts";
import type { TradeModel } from "../model/buildModel.ts";
import { byCountryRules, type ByCountryPartner } from "../model/rules.ts";
import { figureLabel } from "../text/labels.ts";
import { partnerNames, stateNames } from "../text/names.ts";
import { barLabelGap, type ChartDimensions, type ChartSize } from "./dimensions.ts";
import type { BarMark, TextMark } from "./scene.ts";

const groupGap: Record<ChartSize, number> = { compact: 16, wide: 26 };
const barGap = 3;
const partners = Object.keys(byCountryRules) as ByCountryPartner[];

/** What the bars show and whose counts they are, above them. */
function headerLines(year: number, size: ChartSize): string[] {
  const sources = ["China: China's customs", "Russia: RIA Novosti calculation"];
  return [`Trade in ${year}, US$ billions`, ...(size === "compact" ? sources : [sources.join(" · ")])];
}

/** A bar's value label; the first pair names the partners, so the bars need no separate legend. */
function barLabel(pair: CountryPair, partner: ByCountryPartner, row: number): string {
  const figure = pair.values[partner];
  const value = figure ? figureLabel(figure) : "not published";
  return row === 0 ? `${partnerNames[partner]}: ${value}` : value;
}

/**
 * Units per US$ billion: the largest that still leaves every bar room for its label before
 * the right edge, so the longest label ("China: $41.0bn") decides, whichever bar carries it.
 */
function barScale(pairs: readonly CountryPair[], dims: ChartDimensions): number {
  const room = pairs.flatMap((pair, row) =>
    partners.flatMap((partner) => {
      const value = pair.values[partner]?.amount.value;
      if (!value) return [];
      const label = measureText(barLabel(pair, partner, row), dims.fontSize);
      return [(dims.width - dims.nameColumn - barLabelGap - label) / value];
    }),
  );
  return Math.max(0, Math.min(...room));
}

/**
 * The by-country view: per state, a China bar over a Russia bar for the comparison year,
 * largest China figure first. A missing figure gets no bar, only "not published". Bars have
 * zero width while hidden, so they grow in when the view appears.
 */
export function layoutBars(
  model: TradeModel,
  dims: ChartDimensions,
  size: ChartSize,
  isShown: boolean,
): { bars: BarMark[]; texts: TextMark[] } {
  const { year, pairs } = model.byCountry;
  const header = headerLines(year, size);
  const top = dims.margin.top + header.length * dims.lineHeight + 12;
  const left = dims.nameColumn;
  const perBillion = barScale(pairs, dims);
  const groupHeight = 2 * dims.barHeight + barGap + groupGap[size];
  const text = (key: string, x: number, y: number, anchor: TextMark["anchor"], lines: string[]): TextMark => {
    const isName = key.startsWith("name-");
    return { key, x, y, anchor, lines, tone: isName ? "ink" : "muted", isStrong: isName, isVisible: isShown };
  };
  const texts = [text("bars-header", 0, dims.margin.top, "start", header)];
  const bars: BarMark[] = [];
  pairs.forEach((pair, row) => {
    const groupTop = top + row * groupHeight;
    const middle = groupTop + dims.barHeight + barGap / 2;
    texts.push(
      text(`name-${pair.iso3}`, left - 8, round(middle - dims.lineHeight / 2), "end", [stateNames[pair.iso3]]),
    );
    partners.forEach((partner, index) => {
      const figure = pair.values[partner];
      bars.push({
        key: pair.iso3,
        seriesKey: partner,
        x: left,
        y: round(groupTop + index * (dims.barHeight + barGap)),
        width: figure && isShown ? round(figure.amount.value * perBillion) : 0,
        height: dims.barHeight,
        isMissing: !figure,
        label: barLabel(pair, partner, row),
        isVisible: isShown,
      });
    });
  });
  return { bars, texts };
}
