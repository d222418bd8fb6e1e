import type { TradePartner } from "../../../schemas/tradeRow.ts";
import { formatDate } from "../../shared/format.ts";
import { joinNames } from "../../shared/listFormat.ts";
import type { TradeModel } from "../model/buildModel.ts";
import { isChinaAheadEverywhere, type CountryPair } from "../model/comparisons.ts";
import type { MarkerId } from "../model/markers.ts";
import type { SourcedFigure } from "../model/points.ts";
import { tradeStateSpecs, type TradeStateId } from "../states.ts";
import { figureText } from "./labels.ts";
import { missingYears } from "./labels.ts";
import { partnerNames, stateNames } from "./names.ts";

/** A partner's line value in `year`, if the data has one (a missing year stays missing). */
function pointAt(model: TradeModel, partner: TradePartner, year: number): SourcedFigure | undefined {
  return model.series[partner].points.find((point) => point.year === year);
}

const at = (model: TradeModel, partner: TradePartner, year: number) => figureText(pointAt(model, partner, year));

/** True when Russia's line is above China's in every year up to `to` in which both have a value. */
function isRussiaAheadTo(model: TradeModel, to: number): boolean {
  const years = model.series.CHN.points.filter((point) => point.year <= to && pointAt(model, "RUS", point.year));
  return years.every((point) => (pointAt(model, "RUS", point.year)?.amount.value ?? 0) > point.amount.value);
}

/** One state's pair: "Kazakhstan: China $41.0 billion, Russia $26.0 billion" ("not published" where missing). */
function countryPairText({ iso3, values }: CountryPair): string {
  const part = (partner: "CHN" | "RUS") =>
    `${partnerNames[partner]} ${values[partner] ? figureText(values[partner]) : "not published"}`;
  return `${stateNames[iso3]}: ${part("CHN")}, ${part("RUS")}`;
}

/** "Xi's Silk Road speech (7 September 2013)" for each marker. */
function markersText(model: TradeModel, ids: readonly MarkerId[]): string {
  return joinNames(ids.map((id) => `${model.markers[id].label} (${formatDate(model.markers[id].date)})`));
}

/** The other counts of the latest year for a partner: "$60.7 billion by Central Asian statistics". */
function otherCounts(model: TradeModel, partner: TradePartner): string[] {
  const names: Record<string, string> = {
    national: "the Central Asian states' own statistics",
    edb: "the Eurasian Development Bank",
  };
  return model.comparisons
    .filter((comparison) => comparison.partner === partner)
    .map((comparison) => `${figureText(comparison)} by ${names[comparison.basis] ?? comparison.basis}`);
}

/** The words of a state: what it shows, generated from the model. */
interface StateWords {
  /** The picture in full, for the SVG's <desc>. */
  describe(model: TradeModel, to: number): string;
  /** What changed, in a sentence or two, for screen readers as the chart moves to it. */
  announce(model: TradeModel, to: number): string;
}

const words: Record<TradeStateId, StateWords> = {
  "russia-era": {
    describe: (model, to) => {
      const rus = model.series.RUS.points.filter((p) => p.year <= to);
      const chn = model.series.CHN.points.filter((p) => p.year <= to);
      return (
        `Russia: ${figureText(rus[0])} in ${rus[0]?.year}, ${figureText(rus.at(-1))} in ${rus.at(-1)?.year}. ` +
        `China: ${figureText(chn[0])} in ${chn[0]?.year}, ${figureText(chn.at(-1))} in ${chn.at(-1)?.year}.` +
        (isRussiaAheadTo(model, to) ? " Russia's figure is the higher in every year shown." : "")
      );
    },
    announce: (model, to) => {
      const lead = isRussiaAheadTo(model, to)
        ? "Russia's trade above China's every year"
        : "Russia's and China's trade";
      return `${model.firstYear} to ${to}: ${lead}; in ${to} Russia ${at(model, "RUS", to)}, China ${at(model, "CHN", to)}.`;
    },
  },
  crossover: {
    describe: (model) => {
      const year = model.crossoverYear;
      return `China passed Russia in ${year}: ${at(model, "CHN", year)} against ${at(model, "RUS", year)}. The EU's own figure that year: ${at(model, "EU", year)}.`;
    },
    announce: (model) => {
      const year = model.crossoverYear;
      return `${year}: China passes Russia, ${at(model, "CHN", year)} against ${at(model, "RUS", year)}; the EU, by its own figures, ${at(model, "EU", year)}.`;
    },
  },
  "border-links": {
    describe: (model, to) => {
      const { dip } = model;
      return `China's trade fell to ${figureText(dip.point)} in ${dip.point.year} from ${figureText(dip.previous)} in ${dip.previous.year}, then grew to ${at(model, "CHN", to)} in ${to}. Marked: ${markersText(model, tradeStateSpecs["border-links"].markers)}.`;
    },
    announce: (model, to) =>
      `China dips to ${figureText(model.dip.point)} in ${model.dip.point.year}, then reaches ${at(model, "CHN", to)} in ${to}; marked: ${markersText(model, tradeStateSpecs["border-links"].markers)}.`,
  },
  "belt-and-road": {
    describe: (model, to) =>
      `China's trade peaked at ${figureText(model.peak.point)} in ${model.peak.point.year}. Marked: ${markersText(model, tradeStateSpecs["belt-and-road"].markers)}. The IMF series ends in ${to}: China ${at(model, "CHN", to)}, Russia ${at(model, "RUS", to)}, EU ${at(model, "EU", to)}.`,
    announce: (model) =>
      `China peaks at ${figureText(model.peak.point)} in ${model.peak.point.year}; marked: ${markersText(model, tradeStateSpecs["belt-and-road"].markers)}.`,
  },
  invasion: {
    describe: (model, to) => {
      const gaps = missingYears(model.series.CHN.points, to);
      const rus = model.series.RUS;
      const statements = rus.points.filter((p) => p.year > rus.lastPrimaryYear && p.year <= to);
      const claims = statements.map((p) => `${figureText(p)} for ${p.year}`);
      return (
        `Marked: ${markersText(model, ["invasion"])}. ` +
        (gaps.length > 0
          ? `No Chinese total was found for ${joinNames(gaps.map(String))}, so China's line has a gap. `
          : "") +
        `China's customs: ${at(model, "CHN", to)} for ${to}. After ${rus.lastPrimaryYear} Russia's figures are officials' statements, drawn dashed: ${joinNames(claims)}.`
      );
    },
    announce: (model, to) =>
      `${formatDate(model.markers.invasion.date)}: ${model.markers.invasion.label}. ${to}: China ${at(model, "CHN", to)} by its customs; Russia ${at(model, "RUS", to)} by its officials.`,
  },
  record: {
    describe: (model, to) =>
      `In ${to} China's customs counted ${figureText(model.record.point)}${model.record.isHighest ? ", the highest figure in the series so far" : ""}; Russian officials said ${at(model, "RUS", to)}.`,
    announce: (model, to) =>
      `${to}: China ${figureText(model.record.point)}${model.record.isHighest ? ", a record" : ""}; Russia ${at(model, "RUS", to)} by its officials.`,
  },
  "two-counts": {
    describe: (model) => {
      const year = model.comparisonYear;
      return `For ${year} China's customs counted ${at(model, "CHN", year)}; other counts: ${joinNames(otherCounts(model, "CHN"))}. For Russia: its officials, ${at(model, "RUS", year)}; ${joinNames(otherCounts(model, "RUS"))}.`;
    },
    announce: (model) => {
      const year = model.comparisonYear;
      return `${year}, by whose count: China ${[`${at(model, "CHN", year)} by its customs`, ...otherCounts(model, "CHN")].join(", ")}; Russia ${[`${at(model, "RUS", year)} by its officials`, ...otherCounts(model, "RUS")].join(", ")}.`;
    },
  },
  "by-country": {
    describe: (model) => {
      const { year, pairs } = model.byCountry;
      return (
        `Bar chart of each Central Asian state's goods trade in ${year}, US$ billions, with China (China's customs) and Russia ` +
        `(RIA Novosti calculation from national statistics), largest China figure first. ${pairs.map(countryPairText).join("; ")}.` +
        (isChinaAheadEverywhere(model.byCountry)
          ? " China's figure is the larger for every state with both figures."
          : "")
      );
    },
    announce: (model) => {
      const { year, pairs } = model.byCountry;
      const lead = isChinaAheadEverywhere(model.byCountry)
        ? "China's figure is the larger for every state with both figures"
        : "China's figure is not the larger for every state";
      return `${year}, country by country: ${lead}${pairs[0] ? `; ${countryPairText(pairs[0])}` : ""}.`;
    },
  },
};

/** The text alternative of a state, every figure taken from the model (and so from the CSV). */
export function describeTradeState(model: TradeModel, stateId: TradeStateId): string {
  const spec = tradeStateSpecs[stateId];
  const to = spec.revealTo(model);
  if (spec.view === "bars") return words[stateId].describe(model, to);
  const names = joinNames(spec.series.map((partner) => (partner === "EU" ? "the EU" : partnerNames[partner])));
  const intro = `Line chart of the five Central Asian states' goods trade with ${names}, US$ billions, ${model.firstYear} to ${to}, each line from the partner's own statistics.`;
  return `${intro} ${words[stateId].describe(model, to)}`;
}

/**
 * What a reader hears when the chart moves to a state: its key figures in a sentence or two.
 * Unlike the description it repeats no "line chart of…" preamble, which would be read again at every step.
 */
export function announceTradeState(model: TradeModel, stateId: TradeStateId): string {
  return words[stateId].announce(model, tradeStateSpecs[stateId].revealTo(model));
}
