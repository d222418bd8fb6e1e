import type { MembershipRow } from "../../schemas/membershipRow.ts";
import type { MembershipRows } from "./states.ts";

/** The statuses the legend names, in its order: every status a country can be drawn with. */
export const legendStatuses = ["shanghai-five", "member", "observer", "dialogue-partner"] as const;

/**
 * Statuses a country can have on the map (the DOM contract's `data-status` values).
 * Founding members are members; `none` is every country without a status that year.
 */
export const mapStatuses = [...legendStatuses, "none"] as const;

/** One of {@link mapStatuses}. */
export type MapStatus = (typeof mapStatuses)[number];

/** How a CSV status is drawn on the map. */
export function toMapStatus(status: MembershipRow["status"]): Exclude<MapStatus, "none"> {
  return status === "founding-member" ? "member" : status;
}

/**
 * The status of every country that has one at the end of `year`: each country's latest
 * row up to that year wins. Countries never mentioned are absent (status `none`).
 */
export function statusesAt(rows: MembershipRows, year: number): Map<string, Exclude<MapStatus, "none">> {
  const latest = new Map<string, MembershipRow>();
  for (const row of rows) {
    if (row.year > year) continue;
    const previous = latest.get(row.iso3);
    if (!previous || previous.year < row.year) latest.set(row.iso3, row);
  }
  return new Map([...latest].map(([iso3, row]) => [iso3, toMapStatus(row.status)]));
}

/** The status of one country at the end of `year`. */
export function statusOf(rows: MembershipRows, iso3: string, year: number): MapStatus {
  return statusesAt(rows, year).get(iso3) ?? "none";
}

/** Number of countries per status at the end of `year` (`none` is not counted). */
export function countStatuses(rows: MembershipRows, year: number): Record<Exclude<MapStatus, "none">, number> {
  const counts = { "shanghai-five": 0, member: 0, observer: 0, "dialogue-partner": 0 };
  for (const status of statusesAt(rows, year).values()) counts[status] += 1;
  return counts;
}

/** The rows whose change takes effect after `sinceYear` and up to `year`, in file order. */
export function changesBetween(rows: MembershipRows, sinceYear: number, year: number): MembershipRows {
  return rows.filter((row) => row.year > sinceYear && row.year <= year);
}
