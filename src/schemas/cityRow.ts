import { z } from "zod";
import { assertUniqueRows, type Located } from "../data/parseCsv.ts";
import { iso3Field, requiredText } from "./csvFields.ts";

const coordinate = (limit: number) =>
  z
    .string()
    .regex(/^-?\d+(\.\d+)?$/, { error: "must be a number in degrees, e.g. 51.17" })
    .transform(Number)
    .refine((value) => Math.abs(value) <= limit, { error: `must be between -${limit} and ${limit}` });

/** Column order of `cities.csv`. */
export const cityColumns = ["city", "iso3", "lat", "lon", "note"] as const;

/** Where a city is drawn: approximate coordinates for the map, not sourced data. */
export const cityRowSchema = z.object({
  city: requiredText("city name"),
  iso3: iso3Field,
  /** Latitude, degrees north. */
  lat: coordinate(90),
  /** Longitude, degrees east. */
  lon: coordinate(180),
  note: z.string(),
});

/** A validated row of `cities.csv`. */
export type CityRow = z.output<typeof cityRowSchema>;

/** One row per city name. */
export function checkCityRows(rows: readonly Located<CityRow>[], file: string): void {
  assertUniqueRows(rows, file, (row) => row.city, "city");
}
