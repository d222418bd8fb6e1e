import type { Datasets } from "../../../data/datasets.ts";
import { layoutEurasia, type EurasiaGeography } from "./geography.ts";

/**
 * The one Eurasia frame of the site's maps: every country any map's data mentions, so each map
 * draws on the same outlines (written once per page) and the same projection.
 */
export function eurasiaFor(data: Datasets): EurasiaGeography {
  return layoutEurasia(new Set(data.membership.map((row) => row.iso3)));
}
