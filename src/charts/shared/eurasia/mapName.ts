/** Shorter names for the maps, where the data's name would not fit by its country. */
const shortNames: Readonly<Record<string, string>> = { "United Arab Emirates": "UAE" };

/**
 * A country's name on the maps (and in their short captions): the data's name without a
 * parenthesis ("Turkey (Türkiye)" → "Turkey"), or its usual short form ("UAE").
 */
export function mapName(country: string): string {
  const name = country.replace(/\s*\(.*\)\s*$/, "");
  return shortNames[name] ?? name;
}
