import type { Leg } from "./model.ts";

/** Travellers whose family name comes first (Chinese names); everyone else is named by their last word. */
const familyNameFirst: ReadonlySet<string> = new Set(["Xi Jinping"]);

/** The short name the map uses: "Xi", "Putin", "Guterres". */
export function shortName(leader: string): string {
  const words = leader.trim().split(/\s+/);
  return (familyNameFirst.has(leader) ? words[0] : words.at(-1)) ?? leader;
}

/**
 * A leg's name on the map: who set off, and from where ("Xi from Beijing"), or where the map
 * assumes they set off, said as such ("Putin (Moscow, assumed)").
 */
export function legLabel(leg: Leg): string {
  const name = shortName(leg.row.leader);
  return leg.row.departure === "assumed"
    ? `${name} (${leg.row.from_city}, assumed)`
    : `${name} from ${leg.row.from_city}`;
}

/** An organisation's initials ("United Nations" → "UN"), for a name on the map. */
export function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter((word) => /^\p{Lu}/u.test(word))
    .map((word) => word.charAt(0))
    .join("");
}

/** A guest without a country, named on the map by its representative and its initials: "Guterres (UN)". */
export function organisationLabel(representative: string, organisation: string): string {
  return `${shortName(representative)} (${initialsOf(organisation)})`;
}
