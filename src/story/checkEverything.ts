import { prepareCharts } from "../charts/getCharts.ts";
import { checkRegistries } from "../charts/checkRegistries.ts";
import { dataDocumentation } from "../data/dataDocumentation.ts";
import type { DataIssue } from "../data/DataError.ts";
import { readAllDatasets } from "../data/readAllDatasets.ts";
import { checkScrubs } from "./checkScrubs.ts";
import { checkStepLength } from "./checkStepLength.ts";
import { checkStory, type CheckedSection } from "./checkStory.ts";
import { readPublishedIds } from "./publishedIds.ts";

/**
 * Every check of the content as a whole, for the story loader: the charts' registries, then the
 * story against the charts (their states and the facts they compute), the data and the ids the
 * published story had. The CSV files were read and checked by their own loaders already; a bad
 * row still throws its own DataError here.
 */
export function checkEverything(sections: readonly CheckedSection[]): DataIssue[] {
  const registry = checkRegistries();
  if (registry.length > 0) return registry;
  const data = readAllDatasets();
  const charts = prepareCharts(data);
  const states = Object.fromEntries(Object.entries(charts).map(([id, chart]) => [id, chart.states.map((s) => s.id)]));
  const claims = Object.values(charts).flatMap((chart) => chart.claims ?? []);
  const scrubs = Object.fromEntries(Object.entries(charts).map(([id, chart]) => [id, chart.scrub]));
  const { published, issues } = readPublishedIds();
  return [
    ...issues,
    ...checkStory(sections, states, data, { published, claims, documentation: dataDocumentation() }),
    ...checkScrubs(sections, scrubs),
    ...checkStepLength(sections),
  ];
}
