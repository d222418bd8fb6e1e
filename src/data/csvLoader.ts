import type { Loader } from "astro/loaders";
import { datasetPath, readDataset } from "./readDataset.ts";
import type { DatasetName } from "./datasets.ts";

/**
 * A content-layer loader for one CSV file of `content/data/`: every valid row becomes an entry
 * (keyed by its line), and a bad row stops `astro sync`, `astro dev` and `astro build` with the
 * file, line and field. In `astro dev` an edited CSV reloads at once.
 */
export function csvLoader(name: DatasetName): Loader {
  return {
    name: `csv-${name}`,
    async load({ store, watcher, logger }) {
      const fill = () => {
        const rows = readDataset(name);
        store.clear();
        for (const row of rows) store.set({ id: String(row.line), data: { ...row } });
      };
      fill();
      const file = datasetPath(name);
      watcher?.add(file);
      watcher?.on("change", (changed) => {
        if (changed !== file) return;
        logger.info(`${name} data changed; reloading`);
        fill();
      });
    },
  };
}
