import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DataIssue } from "../data/DataError.ts";
import { attachers } from "./browserRegistry.ts";
import { chartIds } from "./registry.ts";

/** Where the charts live, from the project root (the build and the checks run there). */
const chartsDir = path.resolve(process.cwd(), "src/charts");

/** The 1-based line of the first line of `file` that contains `text` (where to add a line), else 1. */
function lineOf(file: string, text: string): number {
  if (!existsSync(file)) return 1;
  return (
    readFileSync(file, "utf8")
      .split("\n")
      .findIndex((line) => line.includes(text)) + 1 || 1
  );
}

/** The chart folders: each folder of src/charts/ with an index.ts (its contract), `shared` aside. */
function chartFolders(): string[] {
  if (!existsSync(chartsDir)) return [];
  return readdirSync(chartsDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && entry.name !== "shared")
    .filter((entry) => existsSync(path.join(chartsDir, entry.name, "index.ts")))
    .map((entry) => entry.name);
}

/**
 * A chart is one folder and one line in each registry: a folder missing from registry.ts would
 * never be built, and a chart missing from browserRegistry.ts would build and then only fall
 * back to its static figures in the browser. Type checking catches the second; this check
 * fails the build on both, naming the file and what to add.
 */
export function checkRegistries(): DataIssue[] {
  const registry = path.join(chartsDir, "registry.ts");
  const browser = path.join(chartsDir, "browserRegistry.ts");
  const registered: readonly string[] = chartIds;
  const issues: DataIssue[] = [];
  for (const folder of chartFolders().filter((id) => !registered.includes(id))) {
    const message = `the chart folder src/charts/${folder}/ is not in the registry; add "${folder}": its default export (from ./${folder}/index.ts) to charts, and its updater to browserRegistry.ts.`;
    issues.push({
      file: path.relative(process.cwd(), registry),
      line: lineOf(registry, "export const charts"),
      field: folder,
      message,
    });
  }
  for (const id of registered.filter((chart) => !Object.hasOwn(attachers, chart))) {
    const message = `the chart "${id}" has no updater here, so its figure would never move; add "${id}": its attach function (from ./${id}/update.ts) to attachers.`;
    issues.push({
      file: path.relative(process.cwd(), browser),
      line: lineOf(browser, "export const attachers"),
      field: id,
      message,
    });
  }
  return issues;
}
