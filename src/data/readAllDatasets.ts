import type { Datasets } from "./datasets.ts";
import { readDataset } from "./readDataset.ts";

/**
 * Every dataset's rows, read and checked from `content/data/` (each file once per change, see
 * readDataset.ts): the one way in to the data for the pages, the story's checks and the tests.
 * Listed by name so that the compiler holds the list to `Datasets`: a new dataset that is not
 * read here fails the type check.
 */
export function readAllDatasets(): Datasets {
  return {
    trade: readDataset("trade"),
    membership: readDataset("membership"),
    events: readDataset("events"),
    attendance: readDataset("attendance"),
    trips: readDataset("trips"),
    cities: readDataset("cities"),
  };
}
