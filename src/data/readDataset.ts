import { readFileSync, statSync } from "node:fs";
import path from "node:path";
import { dataDir, displayPath } from "./contentPaths.ts";
import { datasetSpecs, type DatasetName, type DatasetRows } from "./datasets.ts";
import { parseCsv } from "./parseCsv.ts";

const cache = new Map<DatasetName, { stamp: number; rows: unknown }>();

/** Absolute path of a dataset's CSV file. */
export function datasetPath(name: DatasetName): string {
  return path.join(dataDir, datasetSpecs[name].file);
}

/**
 * Reads, validates and cross-checks one CSV file of `content/data/`; throws a DataError naming
 * file, line and field. Only the content layer calls this (its loaders, see csvLoader.ts and
 * storyLoader.ts), once per change of the file.
 */
export function readDataset<Name extends DatasetName>(name: Name): DatasetRows<Name> {
  const filePath = datasetPath(name);
  const stamp = statSync(filePath).mtimeMs;
  const cached = cache.get(name);
  if (cached?.stamp === stamp) return cached.rows as DatasetRows<Name>;
  const spec = datasetSpecs[name];
  const file = displayPath(filePath);
  const rows = parseCsv(readFileSync(filePath, "utf8"), file, spec.schema, spec.columns);
  (spec.checkRows as (rows: unknown, file: string) => void)(rows, file);
  cache.set(name, { stamp, rows });
  return rows as unknown as DatasetRows<Name>;
}
