import { getCollection } from "astro:content";
import { datasetNames, type DatasetName, type DatasetRows, type Datasets } from "./datasets.ts";

async function rowsOf<Name extends DatasetName>(name: Name): Promise<DatasetRows<Name>> {
  const entries = await getCollection(name);
  const rows = entries.map((entry) => entry.data as DatasetRows<Name>[number]);
  return rows.sort((a, b) => a.line - b.line);
}

/** Every dataset's rows from the content layer, in file order (pages and endpoints only). */
export async function getDatasets(): Promise<Datasets> {
  const entries = await Promise.all(datasetNames.map(async (name) => [name, await rowsOf(name)] as const));
  return Object.fromEntries(entries) as unknown as Datasets;
}
