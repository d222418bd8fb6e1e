import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DataIssue } from "../data/DataError.ts";
import { contentDir, displayPath } from "../data/contentPaths.ts";

/** The step ids the published story had: links readers may have shared (`/#india-pakistan`). */
export interface PublishedIds {
  /** Path of the list, as messages show it. */
  file: string;
  /** Each id with its line in the file, in story order. */
  ids: { id: string; line: number }[];
}

/** Where the list lives: content/published-ids.json, updated by `npm run publish-ids`. */
export function publishedIdsPath(): string {
  return path.join(contentDir, "published-ids.json");
}

/** The list's JSON as written: the ids of the story's steps when it was last published. */
export interface PublishedIdsFile {
  note: string;
  steps: string[];
}

/**
 * Reads content/published-ids.json. A missing file means nothing was published yet (no link to
 * keep); a file that is not a list of ids is an issue, so a mangled merge cannot switch the
 * check off silently.
 */
export function readPublishedIds(): { published: PublishedIds; issues: DataIssue[] } {
  const filePath = publishedIdsPath();
  const file = displayPath(filePath);
  if (!existsSync(filePath)) return { published: { file, ids: [] }, issues: [] };
  const text = readFileSync(filePath, "utf8");
  const fix = 'it must be {"note": "…", "steps": ["step-id", …]}; run npm run publish-ids to write it again.';
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    const message = `${file} is not valid JSON (${(error as Error).message}); ${fix}`;
    return { published: { file, ids: [] }, issues: [{ file, line: 1, field: "steps", message }] };
  }
  const steps = (parsed as Partial<PublishedIdsFile> | null)?.steps;
  if (!Array.isArray(steps) || !steps.every((id) => typeof id === "string")) {
    return {
      published: { file, ids: [] },
      issues: [{ file, line: 1, field: "steps", message: `"steps" is not a list of ids; ${fix}` }],
    };
  }
  const lines = text.split("\n");
  const lineOf = (id: string) => lines.findIndex((line) => line.includes(JSON.stringify(id))) + 1 || 1;
  return { published: { file, ids: steps.map((id) => ({ id, line: lineOf(id) })) }, issues: [] };
}
