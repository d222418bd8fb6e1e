import type { ChartId } from "../../charts/chartIds.ts";
import Step from "../Step.astro";
import MembershipStep from "./MembershipStep.astro";
import TradeStep from "./TradeStep.astro";

/**
 * The component MDX's `<Step>` maps to in a section of each chart: the plain step plus that
 * chart's static figure of the step's state (shown in print and without JavaScript).
 */
export const stepComponents: Record<ChartId, typeof Step> = {
  "sco-membership": MembershipStep,
  "central-asia-trade": TradeStep,
};
