import type { MembershipRow } from "../../schemas/membershipRow.ts";
import { joinNames } from "../shared/listFormat.ts";
import type { MembershipRows } from "./states.ts";
import { statusesAt, type MapStatus } from "./status.ts";

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

/** What a status change reads as, in the order a caption lists them. */
const phrases: [MembershipRow["status"], (who: string, isOne: boolean) => string][] = [
  ["shanghai-five", (who) => `${who} form the Shanghai Five`],
  ["founding-member", (who) => `${who} found the SCO`],
  ["member", (who, isOne) => `${who} ${isOne ? "becomes a full member" : "become full members"}`],
  ["observer", (who, isOne) => `${who} ${isOne ? "becomes an observer" : "become observers"}`],
  ["dialogue-partner", (who, isOne) => `${who} ${isOne ? "becomes a dialogue partner" : "become dialogue partners"}`],
];

/**
 * One sentence on what changed between two states, generated from the rows: each country by its
 * status at the end ("India and Pakistan become full members; Belarus becomes an observer."),
 * so a country that moved twice since the last step is named once, with the status the map shows.
 */
export function describeChanges(rows: MembershipRows, changed: MembershipRows, year: number): string {
  const latest = new Map<string, MembershipRow>();
  for (const row of [...changed].sort((a, b) => a.year - b.year)) latest.set(row.iso3, row);
  const now = statusesAt(rows, year);
  const groups = phrases
    .map(([status, phrase]) => {
      const names = [...latest.values()]
        .filter((row) => row.status === status && now.has(row.iso3))
        .map((row) => row.country);
      return names.length > 0 ? phrase(joinNames(names), names.length === 1) : "";
    })
    .filter(Boolean);
  const sentence = groups.join("; ");
  return sentence ? `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.` : "";
}
