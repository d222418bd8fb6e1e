import type { DataIssue } from "../data/DataError.ts";
import { checkFormerly } from "./checkFormerly.ts";
import { checkPublished } from "./checkPublished.ts";
import type { CheckedSection } from "./checkStory.ts";
import type { PublishedIds } from "./publishedIds.ts";
import { inReadingOrder } from "./sectionOrder.ts";

/**
 * The list of published ids after publishing the story as it stands: every step's id in reading
 * order, each followed by the ids it was published under before (they stay links to keep). It
 * refuses (returns the issues) while a published id would be lost or an old id is ambiguous, so
 * publishing can never drop a link silently.
 */
export function nextPublishedIds(
  sections: readonly CheckedSection[],
  published: PublishedIds,
): { ids: string[]; issues: DataIssue[] } {
  const ordered = inReadingOrder(sections, ({ file, frontmatter }) => ({ file, order: frontmatter.order }));
  const issues = [...checkFormerly(ordered), ...checkPublished(ordered, published)];
  const ids = ordered.flatMap(({ source }) =>
    source.steps.flatMap((step) => (step.id ? [step.id, ...step.formerly] : [])),
  );
  return { ids: [...new Set(ids)], issues };
}
