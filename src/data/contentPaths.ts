import path from "node:path";

/**
 * Folder of everything editors maintain (`story/` and `data/`). `CONTENT_DIR` points the
 * build and the checks at another copy, which is how the tests feed them broken content.
 */
export const contentDir = path.resolve(process.cwd(), process.env.CONTENT_DIR ?? "content");

/** The story's MDX sections. */
export const storyDir = path.join(contentDir, "story");

/** The sourced CSV files and `sources.md`. */
export const dataDir = path.join(contentDir, "data");

/** Path of a file relative to the project root, as messages show it (an editor can click it). */
export function displayPath(filePath: string): string {
  return path.relative(process.cwd(), filePath) || filePath;
}
