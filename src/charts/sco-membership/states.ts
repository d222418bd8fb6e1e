import type { MembershipRows } from "../../data/loadMembership.ts";

/** Chart id of the SCO membership map, as used in `data-chart` and MDX frontmatter. */
export const membershipChartId = "sco-membership";

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
 * The state an embed opens at: the story's moment, Astana 2024 (the latest state not
 * after the summit year), so a later change in the data does not move the embed's default.
 */
export const membershipStoryYear = 2024;

/** The state id for the story's moment (see {@link membershipStoryYear}). */
export function membershipSummaryState(rows: MembershipRows): string {
  const states = listMembershipStates(rows).filter((id) => yearOfMembershipState(id) <= membershipStoryYear);
  const last = states.at(-1);
  if (!last) throw new Error(`sco-membership.csv has no row up to ${membershipStoryYear}; add one.`);
  return last;
}
