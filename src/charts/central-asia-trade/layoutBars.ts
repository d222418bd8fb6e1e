import { scaleLinear } from "d3-scale";
import { byCountryPartners } from "./byCountry.ts";
import type { ChartDimensions } from "./dimensions.ts";
import { formatBillions } from "./format.ts";
import type { TradeModel } from "./model.ts";
import { round } from "./round.ts";
import type { BarMark, ChartSize, TextMark } from "./scene.ts";
import { partnerNames, stateNames } from "./sourceRules.ts";

/** Room right of the longest bar for its value label. */
const valueRoom: Record<ChartSize, number> = { compact: 98, wide: 120 };
const groupGap: Record<ChartSize, number> = { compact: 16, wide: 26 };
const barGap = 3;

/** What the bars show and whose counts they are, above them. */
function headerLines(year: number, size: ChartSize): string[] {
  const sources = ["China: China's customs", "Russia: RIA Novosti calculation"];
  return [`Trade in ${year}, US$ billions`, ...(size === "compact" ? sources : [sources.join(" · ")])];
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
  const values = pairs.flatMap((pair) => byCountryPartners.map((partner) => pair.values[partner]?.value ?? 0));
  const width = scaleLinear()
    .domain([0, Math.max(...values)])
    .range([0, dims.width - left - valueRoom[size]]);
  const groupHeight = 2 * dims.barHeight + barGap + groupGap[size];
  const texts: TextMark[] = [
    {
      key: "bars-header",
      x: 0,
      y: dims.margin.top,
      anchor: "start",
      lines: header,
      tone: "muted",
      isStrong: false,
      isVisible: isShown,
    },
  ];
  const bars: BarMark[] = [];
  pairs.forEach((pair, row) => {
    const groupTop = top + row * groupHeight;
    const middle = groupTop + dims.barHeight + barGap / 2;
    const name = stateNames[pair.iso3];
    texts.push({
      key: `name-${pair.iso3}`,
      x: left - 8,
      y: round(middle - dims.lineHeight / 2),
      anchor: "end",
      lines: [name],
      tone: "ink",
      isStrong: true,
      isVisible: isShown,
    });
    byCountryPartners.forEach((partner, index) => {
      const figure = pair.values[partner];
      const value = figure ? formatBillions(figure.value) : "not published";
      bars.push({
        key: pair.iso3,
        seriesKey: partner,
        x: left,
        y: round(groupTop + index * (dims.barHeight + barGap)),
        width: figure && isShown ? round(width(figure.value)) : 0,
        height: dims.barHeight,
        isMissing: !figure,
        // The first pair names the partners, so the bars need no separate legend.
        label: row === 0 ? `${partnerNames[partner]}: ${value}` : value,
        isVisible: isShown,
      });
    });
  });
  return { bars, texts };
}
