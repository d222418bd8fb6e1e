import { load } from "js-yaml";
import type { DataIssue } from "../data/DataError.ts";

/** A section's frontmatter as written: its keys, the line of each, and where the block ends. */
export interface Frontmatter {
  data: Record<string, unknown>;
  /** 1-based line of each top-level key in the file. */
  keyLines: Record<string, number>;
  /** 1-based lines of the opening and closing `---`. */
  start: number;
  end: number;
}

/** The opening and closing `---` lines (0-based), as Astro finds them: leading blank lines may precede it. */
function delimiters(lines: readonly string[]): { open: number; close: number } | undefined {
  const open = lines.findIndex((line) => line.trim() !== "");
  if (open < 0 || lines[open]?.trimEnd() !== "---") return undefined;
  const close = lines.findIndex((line, index) => index > open && line.trimEnd() === "---");
  return { open, close };
}

/** A YAML error at the file line of its mark. */
function yamlIssue(error: unknown, file: string, firstLine: number, keyAt: (line: number) => string): DataIssue {
  const { reason, mark, message } = error as { reason?: string; mark?: { line: number }; message?: string };
  const line = firstLine + (mark?.line ?? 0);
  const why = reason ?? message ?? String(error);
  return {
    file,
    line,
    field: keyAt(line),
    message: `the frontmatter is not valid YAML (${why}); put a value with a colon or a quotation mark in double quotes, e.g. title: "Moscow: a counterweight", and start each key at the line's beginning.`,
  };
}

/**
 * Reads the YAML frontmatter of a story section with the parser Astro uses (js-yaml), so what
 * passes here passes the build; a missing or unclosed block, or YAML that does not parse, is an
 * issue at the line the editor sees, counted from the top of the file.
 */
export function readFrontmatter(raw: string, file: string): { frontmatter?: Frontmatter; issues: DataIssue[] } {
  const lines = raw.split(/\r?\n/);
  const found = delimiters(lines);
  const at = (line: number, message: string): DataIssue => ({ file, line, field: "(frontmatter)", message });
  if (!found) {
    const message =
      'the file has no frontmatter; start it with a line "---", then title: "Section heading" (and order:, chart: as needed), then a line "---".';
    return { issues: [at(1, message)] };
  }
  if (found.close < 0) {
    const message = 'the frontmatter opened here is never closed; add a line "---" after its last key.';
    return { issues: [at(found.open + 1, message)] };
  }
  const keyLines: Record<string, number> = {};
  lines.slice(found.open + 1, found.close).forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key) keyLines[key] ??= found.open + index + 2;
  });
  const keyAt = (line: number) =>
    Object.entries(keyLines).findLast(([, keyLine]) => keyLine <= line)?.[0] ?? "(frontmatter)";
  let parsed: unknown;
  try {
    parsed = load(lines.slice(found.open + 1, found.close).join("\n"));
  } catch (error) {
    return { issues: [yamlIssue(error, file, found.open + 2, keyAt)] };
  }
  if (parsed !== null && parsed !== undefined && (typeof parsed !== "object" || Array.isArray(parsed))) {
    return {
      issues: [at(found.open + 2, 'the frontmatter must be "key: value" lines, e.g. title: "Section heading".')],
    };
  }
  const data = (parsed ?? {}) as Record<string, unknown>;
  return { frontmatter: { data, keyLines, start: found.open + 1, end: found.close + 1 }, issues: [] };
}
