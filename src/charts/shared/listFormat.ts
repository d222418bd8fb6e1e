const conjunction = new Intl.ListFormat("en-GB", { style: "long", type: "conjunction" });

/** Names joined for running text: "A", "A and B", "A, B and C". */
export function joinNames(names: readonly string[]): string {
  return conjunction.format(names);
}
