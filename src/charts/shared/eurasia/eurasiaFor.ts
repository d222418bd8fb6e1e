import type { Datasets } from "../../../data/datasets.ts";
import { layoutEurasia, type EurasiaGeography } from "./geography.ts";

/**
 * The one Eurasia frame of the site's maps: every country any map's data mention and every city
 * the journeys touch, so each map draws on the same outlines (written once per page) and the
 * same projection.
 */
export function eurasiaFor(data: Datasets): EurasiaGeography {
  return layoutEurasia(
    eurasiaKeys(data),
    data.cities.map((city) => [city.lon, city.lat] as const),
  );
}

/** Every country the maps' data mention (the frame of {@link eurasiaFor}). */
export function eurasiaKeys(data: Datasets): Set<string> {
  return new Set([
    ...data.membership.map((row) => row.iso3),
    ...data.attendance.flatMap((row) => (row.iso3 ? [row.iso3] : [])),
    ...data.cities.map((row) => row.iso3),
  ]);
}
