import type { DatasetRows } from "../../data/datasets.ts";
import type { ScrubContract } from "../shared/chartContract.ts";

/** The rows of `sco-membership.csv`. */
export type MembershipRows = DatasetRows<"membership">;

/**
 * The map's states are the years in which some country's status changed, as strings
 * ("2001"). They come from the data, so a new row adds a state without a code change.
 */
export function listMembershipStates(rows: MembershipRows): string[] {
  return [...new Set(rows.map((row) => row.year))].sort((a, b) => a - b).map(String);
}

/** The year a state shows. */
export function yearOfMembershipState(stateId: string): number {
  return Number(stateId);
}

/**
 * The story's moment, Astana 2024: embeds open at the latest state not after it, and share
 * images show it, so a later change in the data does not move them.
 */
export const membershipStoryYear = 2024;

/** The state id for the story's moment (see {@link membershipStoryYear}). */
export function membershipSummaryState(rows: MembershipRows): string {
  const states = listMembershipStates(rows).filter((id) => yearOfMembershipState(id) <= membershipStoryYear);
  const last = states.at(-1);
  if (!last) throw new Error(`sco-membership.csv has no row up to ${membershipStoryYear}; add one.`);
  return last;
}

/** The state before `stateId` in the chart's own order (undefined for the first). */
export function previousMembershipState(rows: MembershipRows, stateId: string): string | undefined {
  const states = listMembershipStates(rows);
  return states[states.indexOf(stateId) - 1];
}

/**
 * How a step scrubs the map: through the state years up to its own (`scrub="2005-2017"` draws
 * 2005, 2009, 2012, 2015, then 2017), each year the map as it stood then. Those years are
 * states of their own, so the figure must be able to draw every one from the range's first.
 */
export function membershipScrub(rows: MembershipRows): ScrubContract {
  const years = listMembershipStates(rows).map(yearOfMembershipState);
  const upTo = (stateId: string) => years.filter((year) => year <= yearOfMembershipState(stateId));
  return {
    unit: "years",
    valuesOf: (stateId) => (listMembershipStates(rows).includes(stateId) ? upTo(stateId) : []),
    statesThrough: (stateId, from) =>
      upTo(stateId)
        .filter((year) => year >= from && year < yearOfMembershipState(stateId))
        .map(String),
  };
}
