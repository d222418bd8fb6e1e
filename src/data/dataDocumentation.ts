import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { dataDir } from "./contentPaths.ts";

/**
 * The data's own documentation (content/data/*.md: sources.md, sources-summit-week.md), which
 * the story's sources section reports: a date or number found there may appear in that section.
 */
export function dataDocumentation(dir: string = dataDir): string {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => readFileSync(path.join(dir, name), "utf8"))
    .join("\n");
}
