import { statSync } from "node:fs";
import { dataFiles } from "../../data/dataFiles.ts";
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

let prepared: { stamp: number; chart: PreparedMembershipChart } | undefined;

/**
 * Loads the data and projects the map once per build; every page and figure reuses it.
 * The cache is keyed by the CSV's modification time so `npm run dev` picks up edits.
 */
export function prepareMembershipChart(): PreparedMembershipChart {
  const stamp = statSync(dataFiles.membership).mtimeMs;
  if (prepared?.stamp === stamp) return prepared.chart;
  const rows = loadMembership();
  const stateIds = listMembershipStates(rows);
  const geography: MembershipGeography = layoutMembershipGeography(new Set(rows.map((row) => row.iso3)));
  const chart: PreparedMembershipChart = {
    rows,
    stateIds,
    summaryState: membershipSummaryState(rows),
    sourceNote: describeMembershipSources(rows),
    frames: stateIds.map((stateId) => layoutMembershipFrame(rows, stateId)),
    sceneFor: (stateId) => layoutMembershipChart(rows, stateId, geography),
  };
  prepared = { stamp, chart };
  return chart;
}
