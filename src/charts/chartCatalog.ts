import { readStoryFiles } from "../story/readStoryFiles.ts";
import { chartIds, type ChartId } from "./chartIds.ts";
import { prepareTradeChart } from "./central-asia-trade/prepareTradeChart.ts";
import type { TradeStateId } from "./central-asia-trade/states.ts";
import { chartText } from "./chartText.ts";
import { prepareMembershipChart } from "./sco-membership/prepareMembershipChart.ts";

/** What pages outside the story (embeds, previews, downloads) need to know about a chart. */
export interface ChartEntry {
  id: ChartId;
  /** Title shown above the chart. */
  title: string;
  /** One-line description for embeds and link previews. */
  description: string;
  /** States in order, with the label a stepper shows. */
  states: { id: string; label: string }[];
  /** The state an embed opens at. */
  summaryState: string;
  /** The source line under the chart. */
  sourceNote: string;
  /** The CSV file behind the chart, under content/data/ (served at /data/<file>). */
  dataFile: string;
  /** Anchor of the first story section that uses the chart. */
  storyAnchor: string;
}

function storyAnchorOf(chart: ChartId): string {
  const section = readStoryFiles().find((file) => file.chart === chart);
  const slug = section?.file.replace(/^.*\/\d+-/, "").replace(/\.mdx$/, "");
  return slug ? `section-${slug}` : "";
}

function membershipEntry(): ChartEntry {
  const chart = prepareMembershipChart();
  return {
    id: "sco-membership",
    ...chartText["sco-membership"],
    states: chart.stateIds.map((id) => ({ id, label: id })),
    summaryState: chart.summaryState,
    sourceNote: chart.sourceNote,
    dataFile: "sco-membership.csv",
    storyAnchor: storyAnchorOf("sco-membership"),
  };
}

/** What the embed stepper calls each trade state (the years it shows come from the data). */
const tradeStateLabels: Record<TradeStateId, string> = {
  "russia-era": "Russia first",
  crossover: "China overtakes Russia",
  "dip-and-peak": "Dip and peak",
  invasion: "After the invasion",
  record: "A record year",
  "two-counts": "Two counts of the latest year",
  "by-country": "Country by country",
};

function tradeEntry(): ChartEntry {
  const chart = prepareTradeChart();
  return {
    id: "central-asia-trade",
    ...chartText["central-asia-trade"],
    states: chart.stateIds.map((id) => ({ id, label: tradeStateLabels[id as TradeStateId] ?? id })),
    summaryState: chart.summaryState,
    sourceNote: chart.sourceNote,
    dataFile: "central-asia-trade.csv",
    storyAnchor: storyAnchorOf("central-asia-trade"),
  };
}

const entries: Record<ChartId, () => ChartEntry> = {
  "sco-membership": membershipEntry,
  "central-asia-trade": tradeEntry,
};

/** Every chart that can be embedded, in the order of {@link chartIds}. */
export function chartCatalog(): ChartEntry[] {
  return chartIds.map((id) => entries[id]());
}
