import { dataFiles } from "../../data/dataFiles.ts";
import { memoizeByFiles } from "../../data/memoizeByFiles.ts";
import { loadMembership, type MembershipRows } from "../../data/loadMembership.ts";
import { layoutMembershipGeography, type MembershipGeography } from "./geography.ts";
import { layoutMembershipChart, layoutMembershipFrame, type MembershipFrame, type MembershipScene } from "./layout.ts";
import { listMembershipStates, membershipSummaryState } from "./states.ts";

/** Everything the build needs to draw the SCO map: rows, states, geometry and every frame. */
export interface PreparedMembershipChart {
  rows: MembershipRows;
  stateIds: string[];
  summaryState: string;
  frames: MembershipFrame[];
  /** The source line under the chart, built from the rows' source URLs. */
  sourceNote: string;
  sceneFor(stateId: string): MembershipScene;
}

/** "Source: …" naming how many distinct sites the rows cite, so the note follows the data. */
function describeMembershipSources(rows: MembershipRows): string {
  const sites = new Set(rows.map((row) => new URL(row.source_url).hostname.replace(/^www\./, "")));
  return (
    `Source: SCO summit decisions as reported by ${sites.size} news and government sites. ` +
    "A status counts from the year of the summit decision; the map keeps the labels in use before the 2025 reform."
  );
}

/**
 * Loads the data and projects the map once per build (again when the CSV changes, for
 * `npm run dev`); every page and figure reuses it.
 */
export const prepareMembershipChart = memoizeByFiles([dataFiles.membership], (): PreparedMembershipChart => {
  const rows = loadMembership();
  const stateIds = listMembershipStates(rows);
  const geography: MembershipGeography = layoutMembershipGeography(new Set(rows.map((row) => row.iso3)));
  return {
    rows,
    stateIds,
    summaryState: membershipSummaryState(rows),
    sourceNote: describeMembershipSources(rows),
    frames: stateIds.map((stateId) => layoutMembershipFrame(rows, stateId, geography)),
    sceneFor: (stateId) => layoutMembershipChart(rows, stateId, geography),
  };
});
