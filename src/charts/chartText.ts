import type { ChartId } from "./chartIds.ts";

/** Title and one-line description of each chart: shown above it, in embeds and link previews. */
export const chartText: Record<ChartId, { title: string; description: string }> = {
  "sco-membership": {
    title: "How the Shanghai Cooperation Organization grew",
    description: "Members, observers and dialogue partners of the SCO and its forerunner, year by year since 1996.",
  },
  "central-asia-trade": {
    title: "Central Asia's goods trade with China, Russia and the EU",
    description:
      "The five Central Asian states' goods trade with each partner, US$ billions, by each partner's own count, with the gaps and disagreements between sources shown.",
  },
};
