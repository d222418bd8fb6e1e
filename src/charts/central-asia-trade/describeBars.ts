import { formatBillions } from "./format.ts";
import type { TradeModel } from "./model.ts";
import { partnerNames, stateNames } from "./sourceRules.ts";

/** Text alternative of the by-country bars, every figure from the model. */
export function describeBars(model: TradeModel): string {
  const { year, pairs } = model.byCountry;
  const items = pairs.map(({ iso3, values }) => {
    const part = (partner: "CHN" | "RUS") =>
      `${partnerNames[partner]} ${values[partner] ? formatBillions(values[partner].value) : "not published"}`;
    return `${stateNames[iso3]}: ${part("CHN")}, ${part("RUS")}`;
  });
  const both = pairs.filter((pair) => pair.values.CHN && pair.values.RUS);
  const isChinaAhead = both.every((pair) => (pair.values.CHN?.value ?? 0) > (pair.values.RUS?.value ?? 0));
  return (
    `Bar chart of each Central Asian state's goods trade in ${year}, US$ billions, with China (China's customs) and Russia ` +
    `(RIA Novosti calculation from national statistics), largest China figure first. ${items.join("; ")}.` +
    (isChinaAhead ? " China's figure is the larger for every state with both figures." : "")
  );
}
