import type { TradePartner } from "../../schemas/tradeRow.ts";
import type { TradeModel } from "./model.ts";
import type { TradeStateId } from "./states.ts";

/** Notes the step text refers to; each is drawn only in the states that list it. */
export type AnnotationId = "start" | "crossover" | "dip" | "peak" | "gap" | "basis" | "record";

/** What a state shows. Years come from the model, so new data moves the picture, not the code. */
export interface TradeStateSpec {
  view: "lines" | "bars";
  /** Last year revealed on the time axis. */
  revealTo(model: TradeModel): number;
  series: readonly TradePartner[];
  annotations: readonly AnnotationId[];
  hasEvent: boolean;
  hasComparisons: boolean;
}

const allSeries: readonly TradePartner[] = ["CHN", "RUS", "EU"];

/** The specification of every state, in story order. */
export const tradeStateSpecs: Readonly<Record<TradeStateId, TradeStateSpec>> = {
  // Up to the year before China overtook Russia; the EU line enters with the next step's text.
  "russia-era": {
    view: "lines",
    revealTo: (model) => model.crossoverYear - 1,
    series: ["CHN", "RUS"],
    annotations: ["start"],
    hasEvent: false,
    hasComparisons: false,
  },
  crossover: {
    view: "lines",
    revealTo: (model) => model.crossoverYear,
    series: allSeries,
    annotations: ["crossover"],
    hasEvent: false,
    hasComparisons: false,
  },
  // To the end of China's IMF series, so the dip and the peak are both in view.
  "dip-and-peak": {
    view: "lines",
    revealTo: (model) => model.series.CHN.lastPrimaryYear,
    series: allSeries,
    annotations: ["dip", "peak"],
    hasEvent: false,
    hasComparisons: false,
  },
  invasion: {
    view: "lines",
    revealTo: (model) => model.invasion.year,
    series: allSeries,
    annotations: ["gap", "basis"],
    hasEvent: true,
    hasComparisons: false,
  },
  record: {
    view: "lines",
    revealTo: (model) => model.record.point.year,
    series: allSeries,
    annotations: ["record"],
    hasEvent: true,
    hasComparisons: false,
  },
  "two-counts": {
    view: "lines",
    revealTo: (model) => model.comparisonYear,
    series: allSeries,
    annotations: [],
    hasEvent: true,
    hasComparisons: true,
  },
  "by-country": {
    view: "bars",
    revealTo: (model) => model.lastYear,
    series: [],
    annotations: [],
    hasEvent: false,
    hasComparisons: false,
  },
};
