import type { DataIssue } from "../data/DataError.ts";
import type { CheckedSection } from "./checkStory.ts";
import { sectionAnchor } from "./sectionOrder.ts";

const idPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * The ids a step was published under (`formerly="old-id other-old-id"`) stay links to it, so each
 * must be kebab-case, belong to one step only, and be no live step's id or section's anchor: a
 * link to it must land on exactly one place.
 */
export function checkFormerly(sections: readonly CheckedSection[]): DataIssue[] {
  const issues: DataIssue[] = [];
  const live = new Map<string, string>();
  for (const { file, source } of sections) {
    for (const step of source.steps) if (step.id) live.set(step.id, `${file}:${step.line}`);
  }
  const anchors = new Map(sections.map((section) => [sectionAnchor(section.file), section.file]));
  const aliasAt = new Map<string, string>();
  for (const { file, source } of sections) {
    for (const { id, formerly, line } of source.steps) {
      const at = (message: string) => issues.push({ file, line, field: "formerly", message });
      if (id && anchors.has(id)) {
        issues.push({
          file,
          line,
          field: "id",
          message: `"${id}" is the anchor of ${anchors.get(id)}; choose another step id.`,
        });
      }
      for (const old of formerly) {
        if (!idPattern.test(old))
          at(`"${old}" is not kebab-case; list the old ids as they were published, separated by spaces.`);
        else if (old === id) at(`"${old}" is this step's own id; formerly lists only the ids it had before.`);
        else if (live.has(old))
          at(
            `"${old}" is the id of the step at ${live.get(old)}; an old link cannot land on two steps, remove it from one of them.`,
          );
        else if (anchors.has(old)) at(`"${old}" is the anchor of ${anchors.get(old)}; remove it from formerly.`);
        else if (aliasAt.has(old))
          at(`"${old}" is already listed in formerly at ${aliasAt.get(old)}; an old link can land on one step only.`);
        else aliasAt.set(old, `${file}:${line}`);
      }
    }
  }
  return issues;
}
