import type { DataIssue } from "../data/DataError.ts";
import type { CheckedSection } from "./checkStory.ts";
import type { PublishedIds } from "./publishedIds.ts";

interface LiveStep {
  id: string;
  formerly: readonly string[];
  file: string;
  line: number;
}

/**
 * The step most likely to be a renamed published one: the only new step of the story (neither
 * its id nor an old id published), else the first step after the published step that came
 * before it (still live, or an alias), if that one is new. Undefined when nothing new stands
 * there (the step was deleted, or moved too far to guess).
 */
function renamedCandidate(
  missing: number,
  published: readonly string[],
  steps: readonly LiveStep[],
  known: Set<string>,
) {
  const isNew = (step: LiveStep) => !known.has(step.id) && step.formerly.every((id) => !known.has(id));
  const fresh = steps.filter(isNew);
  if (fresh.length === 1) return fresh[0];
  const owner = (id: string) => steps.findIndex((step) => step.id === id || step.formerly.includes(id));
  let from = 0;
  for (let index = missing - 1; index >= 0; index -= 1) {
    const place = owner(published[index] ?? "");
    if (place >= 0) {
      from = place + 1;
      break;
    }
  }
  const candidate = steps[from];
  return candidate && isNew(candidate) ? candidate : undefined;
}

/**
 * Every id the published story had must still lead somewhere: a live step's id, or an old id a
 * step lists in `formerly`. A renamed step without its old id would break every shared
 * `/#old-id` link silently; the issue stands at the step that looks renamed, else at the list.
 */
export function checkPublished(sections: readonly CheckedSection[], published: PublishedIds): DataIssue[] {
  const steps: LiveStep[] = sections.flatMap(({ file, source }) =>
    source.steps.flatMap(({ id, formerly, line }) => (id ? [{ id, formerly, file, line }] : [])),
  );
  const reachable = new Set(steps.flatMap((step) => [step.id, ...step.formerly]));
  const known = new Set(published.ids.map(({ id }) => id));
  const order = published.ids.map(({ id }) => id);
  const issues: DataIssue[] = [];
  published.ids.forEach(({ id, line }, index) => {
    if (reachable.has(id)) return;
    const where = `${published.file}:${line}`;
    const candidate = renamedCandidate(index, order, steps, known);
    const fix = `if a step took its place, keep the old link working with <Step id="…" formerly="${id}" …>`;
    if (candidate) {
      const message = `the published step "${id}" (${where}) is gone and this step is new: if it is "${id}" renamed, write formerly="${id}" in it so /#${id} still lands here; otherwise ${fix}.`;
      issues.push({ file: candidate.file, line: candidate.line, field: "formerly", message });
    } else {
      const message = `no step has the published id "${id}" any more, so links to /#${id} would break; ${fix} (or, to let it break on purpose, delete this line).`;
      issues.push({ file: published.file, line, field: "steps", message });
    }
  });
  return issues;
}
