import type { MembershipRows } from "../../data/loadMembership.ts";
import type { MembershipRow } from "../../schemas/membershipRow.ts";
import { joinNames } from "../shared/joinNames.ts";
import type { MapStatus } from "./status.ts";

/** Reader-facing names of the map statuses: singular and plural. */
export const statusLabels: Record<Exclude<MapStatus, "none">, { one: string; many: string }> = {
  "shanghai-five": { one: "in the Shanghai Five", many: "in the Shanghai Five" },
  member: { one: "member", many: "members" },
  observer: { one: "observer", many: "observers" },
  "dialogue-partner": { one: "dialogue partner", many: "dialogue partners" },
};

/** "1 member", "10 members". */
export function countLabel(status: Exclude<MapStatus, "none">, count: number): string {
  return `${count} ${count === 1 ? statusLabels[status].one : statusLabels[status].many}`;
}

const rowStatusOrder: MembershipRow["status"][] = [
  "shanghai-five",
  "founding-member",
  "member",
  "observer",
  "dialogue-partner",
];

function phraseFor(status: MembershipRow["status"], names: string[]): string {
  const who = joinNames(names);
  const isOne = names.length === 1;
  switch (status) {
    case "shanghai-five":
      return `${who} form the Shanghai Five`;
    case "founding-member":
      return `${who} found the SCO`;
    case "member":
      return `${who} ${isOne ? "becomes a full member" : "become full members"}`;
    case "observer":
      return `${who} ${isOne ? "becomes an observer" : "become observers"}`;
    case "dialogue-partner":
      return `${who} ${isOne ? "becomes a dialogue partner" : "become dialogue partners"}`;
  }
}

/** One sentence on what changed in a year, generated from its rows ("India and Pakistan become full members."). */
export function describeChanges(changes: MembershipRows): string {
  const phrases = rowStatusOrder
    .map((status) => ({ status, names: changes.filter((row) => row.status === status).map((row) => row.country) }))
    .filter((group) => group.names.length > 0)
    .map((group) => phraseFor(group.status, group.names));
  const sentence = phrases.join("; ");
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : "";
}
