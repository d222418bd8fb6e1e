import { readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * What an editor may do without breaking a link or a test: rename every step (each keeping its
 * old id in `formerly`) and renumber every section file (here in reverse, so the files sort the
 * other way round and only `order` keeps the story's order). Works on a copy of content/, in
 * place; returns the ids renamed, old to new.
 */
export function renameEverything(contentDir: string): Map<string, string> {
  const storyDir = path.join(contentDir, "story");
  const renamed = new Map<string, string>();
  const files = readdirSync(storyDir)
    .filter((name) => name.endsWith(".mdx"))
    .sort();
  files.forEach((name, index) => {
    const file = path.join(storyDir, name);
    const text = readFileSync(file, "utf8").replace(
      /<Step id="([^"]+)"(?: formerly="([^"]*)")?/g,
      (_, id, formerly) => {
        const next = `${id}-renamed`;
        renamed.set(id, next);
        return `<Step id="${next}" formerly="${[id, formerly].filter(Boolean).join(" ")}"`;
      },
    );
    writeFileSync(file, text);
    const slug = name.replace(/^\d+[a-z]?[-_.]+/i, "");
    renameSync(file, path.join(storyDir, `${String(90 - index).padStart(2, "0")}-${slug}`));
  });
  return renamed;
}
