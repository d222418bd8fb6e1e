import type { ClaimFinding, ClaimSentence, StoryClaim } from "../shared/chartContract.ts";
import { countriesNear, namesOf, type NamedCountry } from "../shared/countryNames.ts";
import { formatDate } from "../shared/format.ts";
import { countPattern, numberOf, ordinalPattern, ordinalWord } from "../shared/numberWords.ts";
import type { MembershipRows } from "./states.ts";
import { countStatuses } from "./status.ts";

/** The kinds of place a count or an ordinal can speak of, and the rows that give each. */
const kinds = {
  member: { words: "members?(?: states?)?", statuses: ["founding-member", "member"], name: "member" },
  founder: { words: "founders?|founding members?", statuses: ["founding-member"], name: "founder" },
  observer: { words: "observers?", statuses: ["observer"], name: "observer" },
  "dialogue-partner": { words: "dialogue partners?", statuses: ["dialogue-partner"], name: "dialogue partner" },
} as const;

type Kind = keyof typeof kinds;

/** One country's place in the order of arrival: its rank (a range when it arrived with others), date and row. */
interface Place {
  iso3: string;
  country: string;
  first: number;
  last: number;
  date: string;
  line: number;
}

/**
 * The order in which countries took a status, from the rows: by the date (or year) of the
 * decision, then by how long each had been in the club (the Shanghai Five before Uzbekistan).
 * Countries decided together share a range of ranks (India and Pakistan, 7th and 8th).
 */
export function arrivalOrder(rows: MembershipRows, kind: Kind): Place[] {
  const statuses: readonly string[] = kinds[kind].statuses;
  const since = new Map<string, string>();
  for (const row of rows)
    if (!since.has(row.iso3) || (row.date || String(row.year)) < (since.get(row.iso3) ?? ""))
      since.set(row.iso3, row.date || String(row.year));
  const arrivals = new Map<string, MembershipRows[number]>();
  for (const row of rows) if (statuses.includes(row.status) && !arrivals.has(row.iso3)) arrivals.set(row.iso3, row);
  const key = (row: MembershipRows[number]) => `${row.date || row.year}|${since.get(row.iso3) ?? ""}`;
  const sorted = [...arrivals.values()].sort((a, b) => key(a).localeCompare(key(b)));
  return sorted.map((row) => {
    const group = sorted.filter((other) => key(other) === key(row));
    const first = sorted.indexOf(group[0] ?? row) + 1;
    return {
      iso3: row.iso3,
      country: row.country,
      first,
      last: first + group.length - 1,
      date: row.date || String(row.year),
      line: row.line,
    };
  });
}

/** "Iran, the 9th member (4 July 2023, sco-membership.csv:36)", for messages. */
function describePlace(place: Place, kind: Kind): string {
  const rank =
    place.first === place.last ? ordinalWord(place.first) : `${ordinalWord(place.first)} or ${ordinalWord(place.last)}`;
  const date = place.date.length > 4 ? formatDate(place.date) : place.date;
  return `${place.country} was the ${rank} ${kinds[kind].name} (${date}, sco-membership.csv:${place.line})`;
}

/** "the tenth member", "its first observer", "the sixth founder": the named country's place in the order. */
function ordinalClaim(rows: MembershipRows, countries: readonly NamedCountry[]): StoryClaim {
  const orders = Object.fromEntries(
    Object.keys(kinds).map((kind) => [kind, arrivalOrder(rows, kind as Kind)]),
  ) as Record<Kind, Place[]>;
  // "the first member to host it" ranks something else than arrival: not a claim about the order.
  const pattern = new RegExp(
    `\\b(${ordinalPattern})\\s+(?:full\\s+)?(${Object.values(kinds)
      .map((kind) => kind.words)
      .join("|")})\\b(?!\\s+(?:to|who|that|which)\\b)`,
    "gi",
  );
  return {
    find({ text }: ClaimSentence): ClaimFinding[] {
      return [...text.matchAll(pattern)].flatMap((match) => {
        const rank = numberOf(match[1] ?? "");
        const kind = (Object.keys(kinds) as Kind[]).find((each) =>
          new RegExp(`^(?:${kinds[each].words})$`, "i").test(match[2] ?? ""),
        );
        if (rank === undefined || !kind) return [];
        const order = orders[kind];
        const named = countriesNear(text, match.index, countries).flatMap((iso3) =>
          order.filter((place) => place.iso3 === iso3),
        );
        const subject = named[0];
        const isRight = subject ? rank >= subject.first && rank <= subject.last : rank <= order.length;
        const problem = isRight
          ? undefined
          : subject
            ? `"${match[0]}": ${describePlace(subject, kind)}. Correct the count.`
            : `"${match[0]}": the data has ${order.length} ${kinds[kind].name}s in all. Correct the count.`;
        return [{ index: match.index, length: match[0].length, problem }];
      });
    },
  };
}

/** "the ten members", "its six founders": how many there were in the sentence's year (or the story's latest). */
function countClaim(rows: MembershipRows): StoryClaim {
  const latest = Math.max(...rows.map((row) => row.year));
  // Only totals ("the ten members", "its six founders"): "two members joined" counts newcomers.
  const pattern = new RegExp(
    `\\b(?:the|its|all|all of its|all of the)\\s+(${countPattern})\\s+(?:full\\s+)?(members|founders|founding members|observers|dialogue partners)\\b`,
    "gi",
  );
  return {
    find({ text, year }: ClaimSentence): ClaimFinding[] {
      return [...text.matchAll(pattern)].flatMap((match) => {
        const count = numberOf(match[1] ?? "");
        if (count === undefined) return [];
        const noun = (match[2] ?? "").toLowerCase();
        const at = Math.min(year ?? latest, latest);
        const counts = countStatuses(rows, at);
        const actual = noun.startsWith("found")
          ? arrivalOrder(rows, "founder").length
          : counts[noun === "members" ? "member" : noun === "observers" ? "observer" : "dialogue-partner"];
        const problem =
          count === actual
            ? undefined
            : `"${match[0]}": the data has ${actual} ${noun} at the end of ${at} (sco-membership.csv). Correct the count, or name the year it speaks of.`;
        return [{ index: match.index, length: match[0].length, problem }];
      });
    },
  };
}

/** The statements about the SCO's membership that the story's words are held to. */
export function membershipClaims(rows: MembershipRows): StoryClaim[] {
  const countries = [
    ...new Map(rows.map((row) => [row.iso3, { iso3: row.iso3, names: namesOf(row.country) }])).values(),
  ];
  return [ordinalClaim(rows, countries), countClaim(rows)];
}
