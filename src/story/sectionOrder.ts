import type { DataIssue } from "../data/DataError.ts";

/** The slug of the sources section's file (`…-sources.mdx`): it always comes last. */
export const sourcesSlug = "sources";

/**
 * The slug of a section file: its name without folder, extension and leading number
 * (`05-membership.mdx`, `03a-membership.mdx` and `membership.mdx` are all `membership`), so
 * renumbering or renaming the prefix never changes a section's anchor.
 */
export function sectionSlug(fileOrId: string): string {
  const name = fileOrId.split(/[\\/]/).at(-1) ?? fileOrId;
  return name.replace(/\.mdx$/, "").replace(/^\d+[a-z]?[-_.]+/i, "");
}

/** The anchor of a section (`section-membership`), its deep link. */
export function sectionAnchor(fileOrId: string): string {
  return `section-${sectionSlug(fileOrId)}`;
}

/** True for the "Sources and method" section. */
export function isSourcesSection(fileOrId: string): boolean {
  return sectionSlug(fileOrId) === sourcesSlug;
}

/** What ordering needs of a section: its file and the `order` its frontmatter gives. */
export interface OrderedSection {
  file: string;
  order: unknown;
}

/**
 * Sections in reading order: by `order`, lowest first, the sources section last. Sections
 * without a valid order (a mistake the check reports) go after the ordered ones, by file name.
 */
export function inReadingOrder<Section>(
  sections: readonly Section[],
  view: (section: Section) => OrderedSection,
): Section[] {
  const key = (section: Section) => {
    const { file, order } = view(section);
    const rank = isSourcesSection(file) ? 2 : typeof order === "number" ? 0 : 1;
    return { rank, order: typeof order === "number" ? order : 0, file };
  };
  return [...sections].sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    return x.rank - y.rank || x.order - y.order || x.file.localeCompare(y.file);
  });
}

/** Every order in use, for the messages ("taken: 1, 2, 3"). */
function takenOrders(sections: readonly (OrderedSection & { line: number })[]): string {
  const orders = sections.flatMap(({ order }) => (typeof order === "number" ? [order] : []));
  return [...new Set(orders)].sort((a, b) => a - b).join(", ") || "none";
}

/**
 * The order of the story's sections: every section but the sources section has an `order`, no
 * two share one, the sources section has none (it always comes last) and exists, and no two
 * files give the same anchor (`05-gap.mdx` and `09-gap.mdx`).
 */
export function checkOrder(sections: readonly (OrderedSection & { line: number })[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const byOrder = new Map<number, OrderedSection & { line: number }>();
  const bySlug = new Map<string, string>();
  const taken = takenOrders(sections);
  for (const section of sections) {
    const { file, order, line } = section;
    const at = (field: string, message: string) => issues.push({ file, line, field, message });
    const slug = sectionSlug(file);
    const clash = bySlug.get(slug);
    if (clash)
      at("(file name)", `this file gives the anchor #${sectionAnchor(file)}, as ${clash} does; rename one of them.`);
    bySlug.set(slug, file);
    if (isSourcesSection(file)) {
      if (order !== undefined)
        at("order", "the sources section always comes last and takes no order; remove this line.");
      continue;
    }
    if (typeof order !== "number") {
      const message = `the section has no order; add order: N to its frontmatter (lowest first; taken: ${taken}; 2.5 goes between 2 and 3).`;
      at("order", message);
      continue;
    }
    const same = byOrder.get(order);
    if (same) {
      const message = `order: ${order} is also the order of ${same.file}:${same.line}; two sections cannot share a place, give this one a free number (taken: ${taken}).`;
      at("order", message);
    } else byOrder.set(order, section);
  }
  if (sections.length > 0 && !sections.some(({ file }) => isSourcesSection(file))) {
    const folder = (sections[0]?.file ?? "content/story/x").replace(/[\\/][^\\/]*$/, "");
    const message = `the story has no sources section; add ${folder}/${sourcesSlug}.mdx (title "Sources and method"), which always comes last and which every chart's note links to.`;
    issues.push({ file: folder, line: 1, field: "(file name)", message });
  }
  return issues;
}
