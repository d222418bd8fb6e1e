import { readFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "./DataError.ts";
import { dataDir } from "./contentPaths.ts";

/**
 * The date the data set was compiled (ISO, "2026-11-28"), read from the "Compiled YYYY-MM-DD"
 * line of sources.md, so the byline and the story's modified date change when the data do.
 */
export function dataCompiledOn(): string {
  const text = readFileSync(path.join(dataDir, "sources.md"), "utf8");
  const match = /Compiled (\d{4}-\d{2}-\d{2})/.exec(text);
  if (!match?.[1]) {
    const message = 'has no "Compiled YYYY-MM-DD" line; add one with the date the data was gathered.';
    throw new DataError([{ file: "content/data/sources.md", line: 1, field: "Compiled", message }]);
  }
  return match[1];
}
