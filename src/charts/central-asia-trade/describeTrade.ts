import { joinNames } from "../shared/joinNames.ts";
import { describeBars } from "./describeBars.ts";
import type { TradePartner } from "../../schemas/tradeRow.ts";
import { formatBillions, formatDate } from "./format.ts";
import type { TradeModel } from "./model.ts";
import { isRussiaAheadTo, pointAt, pointText } from "./modelPoints.ts";
import { partnerNames } from "./sourceRules.ts";
import type { TradeStateId } from "./states.ts";
import { tradeStateSpecs } from "./stateSpecs.ts";
import { missingYears } from "./wording.ts";

function russiaEra(model: TradeModel, to: number): string {
  const [chn, rus] = (["CHN", "RUS"] as const).map((partner) =>
    model.series[partner].points.filter((p) => p.year <= to),
  );
  const first = rus?.[0];
  return (
    `Russia's count: ${pointText(first)} in ${first?.year}, ${pointText(rus?.at(-1))} in ${rus?.at(-1)?.year}. ` +
    `China's count: ${pointText(chn?.[0])} in ${chn?.[0]?.year}, ${pointText(chn?.at(-1))} in ${chn?.at(-1)?.year}.` +
    (isRussiaAheadTo(model, to) ? " Russia's figure is the higher in every year shown." : "")
  );
}

function invasion(model: TradeModel, to: number): string {
  const event = model.invasion;
  const gaps = missingYears(model.series.CHN.points, to);
  const statements = model.series.RUS.points.filter((p) => p.year > model.series.RUS.lastPrimaryYear && p.year <= to);
  const claims = statements.map((p) => `${pointText(p)} for ${p.year}${p.isLowerBound ? " (a lower bound)" : ""}`);
  return (
    `${event.text} on ${formatDate(event.date)}. ` +
    (gaps.length > 0
      ? `No Chinese total was found for ${joinNames(gaps.map(String))}, so China's line has a gap. `
      : "") +
    `China's customs counted ${pointText(pointAt(model, "CHN", to))} for ${to}. ` +
    `After ${model.series.RUS.lastPrimaryYear} Russia's figures are officials' statements, drawn dashed: ${joinNames(claims)}.`
  );
}

function twoCounts(model: TradeModel): string {
  const year = model.comparisonYear;
  const others = (partner: TradePartner) =>
    model.comparisons.filter((c) => c.partner === partner).map((c) => `${c.name}, ${formatBillions(c)}`);
  return (
    `For ${year} China's customs counted ${pointText(pointAt(model, "CHN", year))}; other counts: ${joinNames(others("CHN"))}. ` +
    `For Russia: Russian officials, ${pointText(pointAt(model, "RUS", year))}; ${joinNames(others("RUS"))}.`
  );
}

/** Sentences specific to a line state, generated from the model. */
function lineSentences(model: TradeModel, stateId: TradeStateId, to: number): string {
  const { crossoverYear: year, dip, peak, record } = model;
  switch (stateId) {
    case "russia-era":
      return russiaEra(model, to);
    case "crossover":
      return `China's count passed Russia's in ${year}: ${pointText(pointAt(model, "CHN", year))} against ${pointText(pointAt(model, "RUS", year))}. The EU's count that year: ${pointText(pointAt(model, "EU", year))}.`;
    case "dip-and-peak":
      return `China's count fell to ${pointText(dip.point)} in ${dip.point.year} from ${pointText(dip.previous)} in ${dip.previous.year}, then peaked at ${pointText(peak.point)} in ${peak.point.year}. The IMF series ends in ${to}: China ${pointText(pointAt(model, "CHN", to))}, Russia ${pointText(pointAt(model, "RUS", to))}, EU ${pointText(pointAt(model, "EU", to))}.`;
    case "invasion":
      return invasion(model, to);
    case "record":
      return `In ${to} China's customs counted ${pointText(record.point)}${record.isHighest ? ", the highest figure in the series so far" : ""}; Russian officials said ${pointText(pointAt(model, "RUS", to))}.`;
    default:
      return twoCounts(model);
  }
}

/** The text alternative of a state, every figure taken from the model (and so from the CSV). */
export function describeTradeState(model: TradeModel, stateId: TradeStateId): string {
  const spec = tradeStateSpecs[stateId];
  if (spec.view === "bars") return describeBars(model);
  const to = spec.revealTo(model);
  const names = joinNames(spec.series.map((partner) => (partner === "EU" ? "the EU" : partnerNames[partner])));
  const intro = `Line chart of the five Central Asian states' goods trade with ${names}, US$ billions, ${model.firstYear} to ${to}, each line from the partner's own statistics.`;
  return `${intro} ${lineSentences(model, stateId, to)}`;
}
