import type { Datasets } from "../data/datasets.ts";
import { getDatasets } from "../data/getDatasets.ts";
import type { PreparedChart } from "./shared/chartContract.ts";
import { chartIds, charts, type ChartId } from "./registry.ts";

/** Every chart prepared from the same data. */
export type PreparedCharts = Readonly<Record<ChartId, PreparedChart>>;

let cached: { key: string; charts: PreparedCharts } | undefined;

/** Prepares every chart from `data` (pure; tests call it with their own rows). */
export function prepareCharts(data: Datasets): PreparedCharts {
  return Object.fromEntries(chartIds.map((id) => [id, charts[id].prepare(data)])) as PreparedCharts;
}

/**
 * Every chart prepared from the content layer's data, once per build and again whenever the
 * data change (`npm run dev`): pages and endpoints all share one preparation.
 */
export async function getCharts(): Promise<PreparedCharts> {
  const data = await getDatasets();
  const key = JSON.stringify(data);
  if (cached?.key !== key) cached = { key, charts: prepareCharts(data) };
  return cached.charts;
}
