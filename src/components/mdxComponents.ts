import type { ChartId } from "../charts/chartIds.ts";
import PullQuote from "./PullQuote.astro";
import SourceNote from "./SourceNote.astro";
import { stepComponents } from "./steps/stepComponents.ts";

/** The components an editor can write in any story section, without importing them. */
export const proseComponents = { PullQuote, SourceNote };

/** The components of a scrolly section: the prose ones plus `<Step>` bound to the section's chart. */
export function scrollyComponents(chart: ChartId) {
  return { ...proseComponents, Step: stepComponents[chart] };
}
