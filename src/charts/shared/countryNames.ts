/** A country as a sentence may name it, with its ISO3 code. */
export interface NamedCountry {
  iso3: string;
  /** The names to look for: "Turkey (Türkiye)" gives "Turkey" and "Türkiye". */
  names: string[];
}

/** The names a data row's country cell stands for. */
export function namesOf(country: string): string[] {
  const [main = country, alias] = country.split(/\s*\(|\)/);
  return [main.trim(), ...(alias ? [alias.trim()] : [])].filter(Boolean);
}

/**
 * The countries a sentence names, in the order of their distance from `index` (the nearest
 * before it first, then the nearest after it): whom a count or an ordinal most likely speaks of.
 */
export function countriesNear(text: string, index: number, countries: readonly NamedCountry[]): string[] {
  const found = countries.flatMap(({ iso3, names }) =>
    names.flatMap((name) =>
      [...text.matchAll(new RegExp(`\\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\b`, "g"))].map((match) => ({
        iso3,
        at: match.index,
      })),
    ),
  );
  const before = found.filter(({ at }) => at < index).sort((a, b) => b.at - a.at);
  const after = found.filter(({ at }) => at >= index).sort((a, b) => a.at - b.at);
  return [...new Set([...before, ...after].map(({ iso3 }) => iso3))];
}
