import type { MembershipRows } from "../../data/loadMembership.ts";
import { joinNames } from "../shared/joinNames.ts";
import type { MembershipGeography } from "./geography.ts";
import { layoutMapLabels, type MapLabel } from "./labels.ts";
import { listMembershipStates, yearOfMembershipState } from "./states.ts";
import { changesIn, countStatuses, statusesAt, type MapStatus } from "./status.ts";
import { countLabel, describeChanges } from "./wording.ts";

/** One entry of the legend: a status, how many countries hold it, and the label. */
export interface StatusCount {
  status: Exclude<MapStatus, "none">;
  count: number;
  label: string;
}

/** One year on the accession timeline. */
export interface TimelineEntry {
  stateId: string;
  year: number;
  caption: string;
}

/**
 * Everything that changes between states, as plain data. The build serialises one frame per
 * state into the page, so the browser can switch states without d3-geo or the map topology.
 */
export interface MembershipFrame {
  stateId: string;
  year: number;
  /** Status per country key, for every country the data mentions (others are `none`). */
  statuses: Record<string, MapStatus>;
  /** Keys of the countries whose status changed in this year (highlighted). */
  changedKeys: string[];
  /** Their names, placed on the map. */
  labels: MapLabel[];
  /** Legend entries with counts; statuses nobody holds this year are left out. */
  counts: StatusCount[];
  /** What happened this year, in one sentence. */
  caption: string;
  /** Full text alternative of the map in this state. */
  description: string;
  /** Short text announced to screen readers when the map switches to this state. */
  announcement: string;
}

/** The whole scene of one state: the frame plus the static map and timeline. */
export interface MembershipScene extends MembershipFrame {
  geography: MembershipGeography;
  timeline: TimelineEntry[];
  /** Reader-facing names of the countries the data mentions, by key. */
  names: Record<string, string>;
}

const legendOrder = ["shanghai-five", "member", "observer", "dialogue-partner"] as const;

/** Computes the frame of one state. Pure: same rows, state and geography, same frame. */
export function layoutMembershipFrame(
  rows: MembershipRows,
  stateId: string,
  geography: MembershipGeography,
): MembershipFrame {
  const states = listMembershipStates(rows);
  if (!states.includes(stateId)) {
    throw new Error(`Unknown sco-membership state "${stateId}"; allowed: ${states.join(", ")}.`);
  }
  const year = yearOfMembershipState(stateId);
  const current = statusesAt(rows, year);
  const statuses: Record<string, MapStatus> = {};
  for (const row of rows) statuses[row.iso3] = current.get(row.iso3) ?? "none";
  const tally = countStatuses(rows, year);
  const counts = legendOrder
    .filter((status) => tally[status] > 0)
    .map((status) => ({ status, count: tally[status], label: countLabel(status, tally[status]) }));
  const changes = changesIn(rows, year);
  const nameOf = new Map(rows.map((row) => [row.iso3, row.country]));
  const changedKeys = [...new Set(changes.map((row) => row.iso3))];
  const groups = counts.map(({ status, label }) => {
    const names = [...current].filter(([, s]) => s === status).map(([iso3]) => nameOf.get(iso3) ?? iso3);
    return `${label} (${joinNames(names)})`;
  });
  return {
    stateId,
    year,
    statuses,
    changedKeys,
    labels: layoutMapLabels(geography, changedKeys, Object.fromEntries(nameOf)),
    counts,
    caption: describeChanges(changes),
    announcement: `${year}: ${describeChanges(changes)} The map now shows ${joinNames(counts.map((entry) => entry.label))}.`,
    description: `The Shanghai Cooperation Organization and its forerunner at the end of ${year}: ${joinNames(groups)}.`,
  };
}

/** Computes the whole scene of one state: frame, static geography and the timeline of every state. */
export function layoutMembershipChart(
  rows: MembershipRows,
  stateId: string,
  geography: MembershipGeography,
): MembershipScene {
  const timeline = listMembershipStates(rows).map((id) => {
    const year = yearOfMembershipState(id);
    return { stateId: id, year, caption: describeChanges(changesIn(rows, year)) };
  });
  return {
    ...layoutMembershipFrame(rows, stateId, geography),
    geography,
    timeline,
    names: Object.fromEntries(rows.map((row) => [row.iso3, row.country])),
  };
}
