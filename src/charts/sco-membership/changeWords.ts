import type { MembershipRow } from "../../schemas/membershipRow.ts";
import { mapName } from "../shared/eurasia/mapName.ts";
import { joinNames } from "../shared/listFormat.ts";
import type { MembershipRows } from "./states.ts";
import { statusesAt } from "./status.ts";

/**
 * What a status change reads as, in the order a caption lists them: in full, and as a later
 * clause may say it without its verb ("…; Turkey, a dialogue partner").
 */
const phrases: [MembershipRow["status"], (who: string, isOne: boolean, isElliptic: boolean) => string][] = [
  ["shanghai-five", (who) => `${who} form the Shanghai Five`],
  ["founding-member", (who) => `${who} found the SCO`],
  ["member", (who, isOne, isElliptic) => becomes(who, isOne, isElliptic, "a full member", "full members")],
  ["observer", (who, isOne, isElliptic) => becomes(who, isOne, isElliptic, "an observer", "observers")],
  [
    "dialogue-partner",
    (who, isOne, isElliptic) => becomes(who, isOne, isElliptic, "a dialogue partner", "dialogue partners"),
  ],
];

function becomes(who: string, isOne: boolean, isElliptic: boolean, one: string, many: string): string {
  if (isElliptic) return `${who}, ${isOne ? one : many}`;
  return `${who} ${isOne ? `becomes ${one}` : `become ${many}`}`;
}

/** The statuses of the outer ring, said together when a caption must be short. */
const outerRing: readonly MembershipRow["status"][] = ["observer", "dialogue-partner"];

/** How a caption says the changes: names in full or a few and a count; clauses elliptic; the outer ring as one; a tally. */
interface Wording {
  naming: "all" | "some" | "count";
  isElliptic: boolean;
  isMerged: boolean;
  isTally: boolean;
  /** Tally even a group of one or two (the last resort). */
  isTallyAll?: boolean;
}

/** The wordings a caption tries, fullest first. */
const wordings: readonly Wording[] = [
  { naming: "all", isElliptic: false, isMerged: false, isTally: false },
  { naming: "all", isElliptic: true, isMerged: false, isTally: false },
  { naming: "some", isElliptic: true, isMerged: false, isTally: false },
  { naming: "count", isElliptic: true, isMerged: false, isTally: false },
  { naming: "count", isElliptic: true, isMerged: true, isTally: false },
  { naming: "count", isElliptic: true, isMerged: true, isTally: true },
  { naming: "count", isElliptic: true, isMerged: true, isTally: true, isTallyAll: true },
];

/**
 * The last resort, for a span that runs from the founding on: the tally of the statuses held at
 * the end ("Since 1996: 10 members; 16 observers or dialogue partners.").
 */
function holdersTally(groups: ReadonlyMap<MembershipRow["status"], string[]>): string {
  const members = (groups.get("founding-member")?.length ?? 0) + (groups.get("member")?.length ?? 0);
  const ring = outerRing.reduce((sum, status) => sum + (groups.get(status)?.length ?? 0), 0);
  return [
    members > 0 ? `${members} ${members === 1 ? "member" : "members"}` : "",
    ring > 0 ? `${ring} observers or dialogue partners` : "",
  ]
    .filter(Boolean)
    .join("; ");
}

/** A tally of newcomers: "8 new dialogue partners". */
const tallyWords: Partial<Record<MembershipRow["status"], readonly [string, string]>> = {
  member: ["full member", "full members"],
  observer: ["observer", "observers"],
  "dialogue-partner": ["dialogue partner", "dialogue partners"],
};

function who(names: readonly string[], naming: Wording["naming"]): string {
  if (naming === "all" || names.length <= 2) return joinNames(names);
  return naming === "count"
    ? `${names.length} countries`
    : joinNames([...names.slice(0, 2), `${names.length - 2} others`]);
}

/** The clauses of one wording: one per status (the outer ring as one where merged), groups of more than two tallied where asked. */
function clauses(groups: ReadonlyMap<MembershipRow["status"], string[]>, wording: Wording): string[] {
  const ring = outerRing.filter((status) => (groups.get(status) ?? []).length > 0);
  const ringSize = ring.reduce((sum, status) => sum + (groups.get(status)?.length ?? 0), 0);
  const isRingMerged = wording.isMerged && ring.length > 1 && ringSize > 2;
  const entries = phrases.flatMap(([status, phrase]) => {
    const names = groups.get(status) ?? [];
    if (names.length === 0 || (isRingMerged && ring.includes(status) && status !== ring[0])) return [];
    const isRing = isRingMerged && ring.includes(status);
    return [{ status, phrase, names, count: isRing ? ringSize : names.length, isRing }];
  });
  return entries.map(({ status, phrase, names, count, isRing }, index) => {
    const tally = tallyWords[status];
    const isElliptic = wording.isElliptic && index > 0;
    const isTallied = (wording.isTally || isElliptic) && (count > 2 || wording.isTallyAll === true);
    if (tally && isTallied && (wording.naming === "count" || wording.isTallyAll)) {
      return `${count} new ${isRing ? "observers or dialogue partners" : tally[count === 1 ? 0 : 1]}`;
    }
    if (isRing) return `${count} countries become observers or dialogue partners`;
    return phrase(who(names, wording.naming), names.length === 1, isElliptic);
  });
}

/**
 * What changed between two states, generated from the rows, as versions from the fullest to
 * the shortest: each country named by its status at the end ("India and Pakistan become full
 * members; Belarus becomes an observer."), so a country that moved twice since the last step is
 * named once (as the map names it), with the status the map shows; then later clauses without
 * their verb, long lists shortened to two names and a count, then to counts, then the outer
 * ring (observers, dialogue partners) as one count, then large groups as a tally of newcomers
 * ("8 new dialogue partners"), and, for a span from the founding on, the tally of who holds
 * what at the end. The map names every country, so a short caption loses no name.
 * Empty when nothing changed.
 */
export function describeChanges(rows: MembershipRows, changed: MembershipRows, year: number): string[] {
  const latest = new Map<string, MembershipRow>();
  for (const row of [...changed].sort((a, b) => a.year - b.year)) latest.set(row.iso3, row);
  const now = statusesAt(rows, year);
  const groups = new Map<MembershipRow["status"], string[]>();
  for (const row of latest.values()) {
    if (now.has(row.iso3)) groups.set(row.status, [...(groups.get(row.status) ?? []), mapName(row.country)]);
  }
  const sentences = [
    ...wordings.map((wording) => clauses(groups, wording).join("; ")),
    ...(groups.has("founding-member") ? [holdersTally(groups)] : []),
  ];
  return [...new Set(sentences)]
    .filter(Boolean)
    .map((sentence) => `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`);
}
