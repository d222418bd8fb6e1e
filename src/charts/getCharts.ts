import type { Datasets } from "../data/datasets.ts";
import { readAllDatasets } from "../data/readAllDatasets.ts";
import type { PreparedChart } from "./shared/chartContract.ts";
import { chartIds, charts, type ChartId } from "./registry.ts";

/** Every chart prepared from the same data. */
export type PreparedCharts = Readonly<Record<ChartId, PreparedChart>>;

let cached: { data: Datasets; charts: PreparedCharts } | undefined;

/** Prepares every chart from `data` (pure; tests call it with their own rows). */
export function prepareCharts(data: Datasets): PreparedCharts {
  return Object.fromEntries(chartIds.map((id) => [id, charts[id].prepare(data)])) as PreparedCharts;
}

/** True when both hold the same rows: readDataset hands out the same array until its file changes. */
function isSameData(a: Datasets, b: Datasets): boolean {
  return (Object.keys(a) as (keyof Datasets)[]).every((name) => a[name] === b[name]);
}

/**
 * Every chart prepared from the data, once per build and again whenever a data file changes
 * (`npm run dev`): pages and endpoints all share one preparation.
 */
export async function getCharts(): Promise<PreparedCharts> {
  const data = readAllDatasets();
  if (!cached || !isSameData(cached.data, data)) cached = { data, charts: prepareCharts(data) };
  return cached.charts;
}
