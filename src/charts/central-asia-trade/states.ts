import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { TradeModel } from "./model/buildModel.ts";
import type { MarkerId } from "./model/markers.ts";

/**
 * The chart's states in story order. Unlike the SCO map these are moments of the argument,
 * not years: what each reveals is worked out from the data, so new rows move the picture.
 */
export const tradeStateIds = [
  "russia-era",
  "crossover",
  "border-links",
  "belt-and-road",
  "invasion",
  "record",
  "two-counts",
  "by-country",
] as const;

/** One of {@link tradeStateIds}. */
export type TradeStateId = (typeof tradeStateIds)[number];

/** Notes the step text refers to; each is drawn only in the states that list it. */
export type AnnotationId = "start" | "crossover" | "dip" | "peak" | "gap" | "basis" | "record";

/** What a state shows. Years come from the model, so new data moves the picture, not the code. */
export interface TradeStateSpec {
  view: "lines" | "bars";
  /** Label in the embed's stepper. */
  label: string;
  /** Last year revealed on the time axis. */
  revealTo(model: TradeModel): number;
  series: readonly TradePartner[];
  annotations: readonly AnnotationId[];
  /** Dated events drawn on the time axis in this state. */
  markers: readonly MarkerId[];
  /** The other counts of the latest year, beside the lines' ends. */
  hasComparisons: boolean;
}

const allSeries: readonly TradePartner[] = ["CHN", "RUS", "EU"];
const lines = { view: "lines", series: allSeries, markers: [], annotations: [], hasComparisons: false } as const;

/**
 * The specification of every state, in story order. A state's words (description and
 * announcement) are in text/describe.ts, keyed by the same ids, so a new state cannot compile
 * without them.
 */
export const tradeStateSpecs: Readonly<Record<TradeStateId, TradeStateSpec>> = {
  // Up to the year before China overtook Russia; the EU line enters with the next step's text.
  "russia-era": {
    ...lines,
    label: "Russia first",
    revealTo: (model) => model.crossoverYear - 1,
    series: ["CHN", "RUS"],
    annotations: ["start"],
  },
  crossover: {
    ...lines,
    label: "China overtakes Russia",
    revealTo: (model) => model.crossoverYear,
    annotations: ["crossover"],
  },
  // To the year of the rail link at Khorgos, with the 2009 dip on the way.
  "border-links": {
    ...lines,
    label: "A dip, then border links",
    revealTo: (model) => model.markers["khorgos-rail"].year,
    annotations: ["dip"],
    markers: ["khorgos-centre", "khorgos-rail"],
  },
  // To the end of China's IMF series: the speech, the peak and the dry port in view.
  "belt-and-road": {
    ...lines,
    label: "The Silk Road speech and the peak",
    revealTo: (model) => model.series.CHN.lastPrimaryYear,
    annotations: ["peak"],
    markers: ["silk-road-speech", "khorgos-gateway"],
  },
  invasion: {
    ...lines,
    label: "After the invasion",
    revealTo: (model) => model.markers.invasion.year,
    annotations: ["gap", "basis"],
    markers: ["invasion"],
  },
  record: {
    ...lines,
    label: "A record year",
    revealTo: (model) => model.record.point.year,
    annotations: ["record"],
  },
  "two-counts": {
    ...lines,
    label: "Two counts of the latest year",
    revealTo: (model) => model.comparisonYear,
    hasComparisons: true,
  },
  "by-country": {
    ...lines,
    view: "bars",
    label: "Country by country",
    revealTo: (model) => model.lastYear,
    series: [],
  },
};

/** The state an embed opens at: both counts of the latest year, the story's point. */
export const tradeSummaryState: TradeStateId = "two-counts";

/** The state the share image shows: the record year. */
export const tradeShareState: TradeStateId = "record";

/** Narrows a string to a state id, failing with the allowed ids. */
export function assertTradeState(stateId: string): TradeStateId {
  if (!(tradeStateIds as readonly string[]).includes(stateId)) {
    throw new Error(`Unknown central-asia-trade state "${stateId}"; allowed: ${tradeStateIds.join(", ")}.`);
  }
  return stateId as TradeStateId;
}
