import { DataError, type DataIssue } from "../data/DataError.ts";
import { findSteps } from "./findSteps.ts";

/** One story section as the validator sees it: its file, raw text and chart (if scrolly). */
export interface SectionSource {
  file: string;
  text: string;
  chart?: string | undefined;
}

const stepIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** 1-based line of the first frontmatter line that starts with `key:` (1 if absent). */
function frontmatterLine(text: string, key: string): number {
  const index = text.split("\n").findIndex((line) => line.startsWith(`${key}:`));
  return index + 1 || 1;
}

/**
 * Checks the steps of every section: ids present, kebab-case and unique across the story;
 * states known to the section's chart; no empty steps; steps only in scrolly sections and
 * at least one in each. Throws one DataError that lists every problem with file and line.
 */
export function validateStory(
  sections: readonly SectionSource[],
  statesByChart: Record<string, readonly string[]>,
): void {
  const issues: DataIssue[] = [];
  const firstUse = new Map<string, string>();
  for (const { file, text, chart } of sections) {
    const steps = findSteps(text);
    if (chart && !(chart in statesByChart)) {
      issues.push({
        file,
        line: frontmatterLine(text, "chart"),
        field: "chart",
        message: `"${chart}" is not a chart of this story; use one of: ${Object.keys(statesByChart).join(", ")}.`,
      });
      continue;
    }
    if (chart && steps.length === 0) {
      issues.push({
        file,
        line: frontmatterLine(text, "chart"),
        field: "chart",
        message: `a section with a chart needs at least one <Step id="…" state="…"> element; add steps or remove "chart".`,
      });
    }
    for (const { line, attributes, body } of steps) {
      const at = (field: string, message: string) => issues.push({ file, line, field, message });
      if (!chart) {
        at("chart", `<Step> is only allowed in a scrolly section; add "chart:" to this file's frontmatter.`);
        continue;
      }
      const { id, state } = attributes;
      if (!id) at("id", `the step has no id; add id="a-kebab-case-name" (it becomes the link #name).`);
      else if (!stepIdPattern.test(id)) at("id", `"${id}" is not kebab-case; use lower-case words joined by hyphens.`);
      else if (firstUse.has(id)) at("id", `"${id}" is already used at ${firstUse.get(id)}; step ids must be unique.`);
      else firstUse.set(id, `${file}:${line}`);
      const allowed = statesByChart[chart] ?? [];
      if (!state) at("state", `the step has no state; add state="…", one of: ${allowed.join(", ")}.`);
      else if (!allowed.includes(state)) {
        at("state", `"${state}" is not a state of chart "${chart}"; use one of: ${allowed.join(", ")}.`);
      }
      if (body.trim() === "") at("(body)", `the step "${id ?? ""}" has no text; write what the reader should notice.`);
    }
  }
  if (issues.length > 0) throw new DataError(issues);
}
