import type { EurasiaGeography } from "../shared/eurasia/geography.ts";
import { joinNames } from "../shared/listFormat.ts";
import { layoutMapLabels, type MapLabel } from "./labels.ts";
import { listMembershipStates, previousMembershipState, yearOfMembershipState, type MembershipRows } from "./states.ts";
import { changesBetween, countStatuses, statusesAt, type MapStatus } from "./status.ts";
import { mapName } from "../shared/eurasia/mapName.ts";
import { membershipCaption } from "./caption.ts";
import { countLabel } from "./words.ts";

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
}

/**
 * Everything that changes between states, as plain data. The build writes the frames of the
 * states a figure may show into the page, so the browser switches states without d3-geo or the
 * map topology.
 */
export interface MembershipFrame {
  stateId: string;
  year: number;
  /** Status per country key, for every country the data mentions (others are `none`). */
  statuses: Record<string, MapStatus>;
  /** Keys of the countries whose status changed since the state shown before (highlighted). */
  changedKeys: string[];
  /** Their names, placed on the map. */
  labels: MapLabel[];
  /** Legend entries with counts; statuses nobody holds this year are left out. */
  counts: StatusCount[];
  /** What changed since the state shown before, in one sentence ("Since 2005: …" over several years). */
  caption: string;
  /** Full text alternative of the map in this state. */
  description: string;
  /** Short text announced to screen readers when the map switches to this state. */
  announcement: string;
}

/** The whole scene of one state: the frame plus the static map and timeline. */
export interface MembershipScene extends MembershipFrame {
  geography: EurasiaGeography;
  timeline: TimelineEntry[];
  /** Reader-facing names of the countries the data mentions, by key. */
  names: Record<string, string>;
}

const legendOrder = ["shanghai-five", "member", "observer", "dialogue-partner"] as const;

/**
 * Computes the frame of one state, saying what changed since `sinceStateId` (the state the
 * reader saw before: the previous step in the story; by default the chart's previous state).
 * Pure: same rows, states and geography, same frame.
 */
export function layoutMembershipFrame(
  rows: MembershipRows,
  stateId: string,
  geography: EurasiaGeography,
  sinceStateId = previousMembershipState(rows, stateId),
): MembershipFrame {
  const states = listMembershipStates(rows);
  if (!states.includes(stateId)) {
    throw new Error(`Unknown sco-membership state "${stateId}"; allowed: ${states.join(", ")}.`);
  }
  const year = yearOfMembershipState(stateId);
  const since = sinceStateId === undefined ? year - 1 : Math.min(yearOfMembershipState(sinceStateId), year - 1);
  const current = statusesAt(rows, year);
  const statuses: Record<string, MapStatus> = {};
  for (const row of rows) statuses[row.iso3] = current.get(row.iso3) ?? "none";
  const tally = countStatuses(rows, year);
  const counts = legendOrder
    .filter((status) => tally[status] > 0)
    .map((status) => ({ status, count: tally[status], label: countLabel(status, tally[status]) }));
  const changes = changesBetween(rows, since, year);
  const nameOf = new Map(rows.map((row) => [row.iso3, row.country]));
  const changedKeys = [...new Set(changes.map((row) => row.iso3))];
  const caption = membershipCaption(rows, since, year);
  const groups = counts.map(({ status, label }) => {
    const names = [...current].filter(([, s]) => s === status).map(([iso3]) => nameOf.get(iso3) ?? iso3);
    return `${label} (${joinNames(names)})`;
  });
  return {
    stateId,
    year,
    statuses,
    changedKeys,
    labels: layoutMapLabels(
      geography,
      changedKeys,
      Object.fromEntries([...nameOf].map(([iso3, country]) => [iso3, mapName(country)])),
      new Set(Object.keys(statuses).filter((key) => statuses[key] !== "none")),
    ),
    counts,
    caption,
    announcement: `${year}: ${caption} The map now shows ${joinNames(counts.map((entry) => entry.label))}.`,
    description: `The Shanghai Cooperation Organization and its forerunner at the end of ${year}: ${joinNames(groups)}.`,
  };
}

/** Computes the whole scene of one state: frame, static geography and the timeline of every state. */
export function layoutMembershipChart(
  rows: MembershipRows,
  stateId: string,
  geography: EurasiaGeography,
  sinceStateId?: string,
): MembershipScene {
  const timeline = listMembershipStates(rows).map((id) => ({ stateId: id, year: yearOfMembershipState(id) }));
  return {
    ...layoutMembershipFrame(rows, stateId, geography, sinceStateId ?? previousMembershipState(rows, stateId)),
    geography,
    timeline,
    names: Object.fromEntries(rows.map((row) => [row.iso3, row.country])),
  };
}
