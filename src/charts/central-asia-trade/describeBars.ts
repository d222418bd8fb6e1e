import { isChinaAheadEverywhere } from "./byCountry.ts";
import type { TradeModel } from "./model.ts";
import { countryPairText } from "./modelPoints.ts";

/** Text alternative of the by-country bars, every figure from the model. */
export function describeBars(model: TradeModel): string {
  const { year, pairs } = model.byCountry;
  return (
    `Bar chart of each Central Asian state's goods trade in ${year}, US$ billions, with China (China's customs) and Russia ` +
    `(RIA Novosti calculation from national statistics), largest China figure first. ${pairs.map(countryPairText).join("; ")}.` +
    (isChinaAheadEverywhere(model.byCountry) ? " China's figure is the larger for every state with both figures." : "")
  );
}
