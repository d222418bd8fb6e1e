import type { DataIssue } from "../data/DataError.ts";
import { editorKeys, storySectionSchema } from "../schemas/storySection.ts";
import type { CheckedSection } from "./checkStory.ts";
import { readFrontmatter } from "./frontmatter.ts";
import { mdxSyntaxProblem } from "./mdxSyntaxError.ts";
import { readSection, type SectionSource } from "./readSection.ts";

/** One story file as read before Astro sees it: the section if it could be read, and its mistakes. */
export interface StoryFile {
  section: CheckedSection | undefined;
  issues: DataIssue[];
}

/** Levenshtein distance up to a small bound: enough to suggest `title` for `tittle`. */
function distance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i += 1) {
    let previous = row[0] ?? 0;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const kept = row[j] ?? 0;
      row[j] = Math.min(kept + 1, (row[j - 1] ?? 0) + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = kept;
    }
  }
  return row[b.length] ?? 0;
}

/** A key no section takes (`tittle:`, `Chart:`): Astro would drop it silently. */
function unknownKeys(data: Record<string, unknown>, keyLines: Record<string, number>, file: string): DataIssue[] {
  const known: readonly string[] = editorKeys;
  return Object.keys(data)
    .filter((key) => !known.includes(key))
    .map((key) => {
      const near = editorKeys.find((candidate) => distance(candidate, key.toLowerCase()) <= 2);
      const hint = near ? `did you mean "${near}"? ` : "";
      const message = `"${key}" is not a frontmatter key of a section; ${hint}the keys are ${editorKeys.join(", ")}.`;
      return { file, line: keyLines[key] ?? 1, field: key, message };
    });
}

/** The frontmatter against the section schema, each problem at its key's line (or the block's first). */
function schemaIssues(data: Record<string, unknown>, keyLines: Record<string, number>, start: number, file: string) {
  const result = storySectionSchema.safeParse(data);
  if (result.success) return [];
  return result.error.issues.map((issue): DataIssue => {
    const field = String(issue.path[0] ?? "(frontmatter)");
    const value = data[field];
    const message = value === undefined || value === null ? issue.message : `${JSON.stringify(value)} ${issue.message}`;
    return { file, line: keyLines[field] ?? start, field, message };
  });
}

/** The body with the frontmatter lines emptied, so the MDX parser counts lines from the top of the file. */
function blankedBody(raw: string, end: number): string {
  const lines = raw.split(/\r?\n/);
  return lines.map((line, index) => (index < end ? "" : line)).join("\n");
}

/**
 * Reads one story section file as the editor wrote it: frontmatter (YAML, keys, schema) and MDX
 * body (syntax, components, steps and citations). Every mistake comes back as an issue with the
 * file, the line counted from the top of the file, the field and the fix; nothing throws, so a
 * run reports every file's mistakes at once.
 */
export function readStoryFile(raw: string, file: string): StoryFile {
  const { frontmatter, issues } = readFrontmatter(raw, file);
  if (!frontmatter) return { section: undefined, issues };
  const { data, keyLines, start, end } = frontmatter;
  issues.push(...unknownKeys(data, keyLines, file), ...schemaIssues(data, keyLines, start, file));
  let source: SectionSource;
  try {
    source = readSection(blankedBody(raw, end), 0);
  } catch (error) {
    issues.push({ file, ...mdxSyntaxProblem(error) });
    return { section: undefined, issues };
  }
  issues.push(...source.problems.map((problem) => ({ file, ...problem })));
  const section: CheckedSection = { file, frontmatter: data, keyLines, source };
  return { section, issues };
}
