import { readStoryFiles } from "../story/readStoryFiles.ts";
import { chartIds, type ChartId } from "./chartIds.ts";
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
    title: "How the Shanghai Cooperation Organization grew",
    description: "Members, observers and dialogue partners of the SCO and its forerunner, year by year since 1996.",
    states: chart.stateIds.map((id) => ({ id, label: id })),
    summaryState: chart.summaryState,
    sourceNote: chart.sourceNote,
    dataFile: "sco-membership.csv",
    storyAnchor: storyAnchorOf("sco-membership"),
  };
}

const entries: Partial<Record<ChartId, () => ChartEntry>> = {
  "sco-membership": membershipEntry,
};

/** Every chart that can be embedded, in the order of {@link chartIds}. */
export function chartCatalog(): ChartEntry[] {
  return chartIds.flatMap((id) => entries[id]?.() ?? []);
}
