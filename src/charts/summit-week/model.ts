import { DataError, type DataIssue } from "../../data/DataError.ts";
import type { DatasetRows, Datasets } from "../../data/datasets.ts";
import { datasetSpecs } from "../../data/datasets.ts";
import type { EurasiaGeography } from "../shared/eurasia/geography.ts";

/** A leg of a journey, with its ends on the map. */
export interface Leg {
  /** Stable key: the row's leader and cities. */
  key: string;
  row: DatasetRows<"trips">[number];
  from: readonly [number, number];
  to: readonly [number, number];
}

/** A city the legs touch, on the map. */
export interface MapCity {
  key: string;
  name: string;
  /** The country it is in (cities.csv). */
  iso3: string;
  x: number;
  y: number;
}

/** Everything the layout needs from the data. */
export interface SummitModel {
  attendance: DatasetRows<"attendance">;
  legs: Leg[];
  cities: MapCity[];
}

const slug = (text: string) =>
  text
    .normalize("NFD")
    .replace(/\p{Mark}/gu, "")
    .replace(/[^\p{Letter}\p{Number}]+/gu, "-")
    .replace(/^-|-$/g, "")
    .toLowerCase();

/**
 * Places every leg of summit-week-trips.csv on the shared map of Eurasia, its ends at the
 * cities of cities.csv. A leg naming a city that file lacks is a data error (file, line, field).
 */
export function buildSummitModel(
  data: Pick<Datasets, "attendance" | "trips" | "cities">,
  geography: EurasiaGeography,
): SummitModel {
  const byName = new Map(data.cities.map((city) => [city.city, city]));
  const issues: DataIssue[] = [];
  for (const row of data.trips) {
    for (const field of ["from_city", "to_city"] as const) {
      if (!byName.has(row[field])) {
        const message = `"${row[field]}" is not a city of ${datasetSpecs.cities.file}; add it there (with approximate coordinates) or correct the name.`;
        issues.push({ file: `content/data/${datasetSpecs.trips.file}`, line: row.line, field, message });
      }
    }
  }
  if (issues.length > 0) throw new DataError(issues);
  const at = (name: string) => {
    const city = byName.get(name);
    return geography.project([city?.lon ?? 0, city?.lat ?? 0]);
  };
  const used = new Set(data.trips.flatMap((row) => [row.from_city, row.to_city]));
  return {
    attendance: data.attendance,
    legs: data.trips.map((row) => ({
      key: `${slug(row.leader)}-${slug(row.from_city)}-${slug(row.to_city)}`,
      row,
      from: at(row.from_city),
      to: at(row.to_city),
    })),
    cities: data.cities
      .filter((city) => used.has(city.city))
      .map((city) => {
        const [x, y] = at(city.city);
        return { key: slug(city.city), name: city.city, iso3: city.iso3, x, y };
      }),
  };
}
