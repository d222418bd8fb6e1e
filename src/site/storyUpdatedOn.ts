import { dataCompiledOn } from "../data/dataCompiledDate.ts";
import { siteConfig } from "./siteConfig.ts";

/**
 * When the story last changed (ISO date): its last edit (siteConfig.updated) or the data's
 * compile date (sources.md), whichever is later, so the byline, the share card, the structured
 * data and the sitemap move with either.
 */
export function storyUpdatedOn(): string {
  const compiled = dataCompiledOn();
  return compiled > siteConfig.updated ? compiled : siteConfig.updated;
}
