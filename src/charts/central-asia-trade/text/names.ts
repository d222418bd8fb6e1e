import type { CentralAsianState, TradePartner } from "../../../schemas/tradeRow.ts";

/** Reader-facing names of the Central Asian states. */
export const stateNames: Readonly<Record<CentralAsianState, string>> = {
  KAZ: "Kazakhstan",
  KGZ: "Kyrgyzstan",
  TJK: "Tajikistan",
  TKM: "Turkmenistan",
  UZB: "Uzbekistan",
};

/** Reader-facing names of the partners. */
export const partnerNames: Readonly<Record<TradePartner, string>> = { CHN: "China", RUS: "Russia", EU: "EU" };
