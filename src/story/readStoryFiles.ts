import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import type { SectionSource } from "./validateStory.ts";

/** Folder of the story's MDX sections. */
export const storyDir = path.resolve(process.cwd(), "content/story");

/** The frontmatter block of an MDX file, parsed (empty when there is none). */
export function readFrontmatter(text: string): Record<string, unknown> {
  const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(text);
  const data: unknown = match ? parse(match[1] ?? "") : {};
  return data && typeof data === "object" ? (data as Record<string, unknown>) : {};
}

/**
 * Reads every section straight from disk, in file-name order, for the checks that need raw
 * text and real line numbers (Astro's collection entries carry neither).
 */
export function readStoryFiles(dir: string = storyDir): SectionSource[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const text = readFileSync(path.join(dir, name), "utf8");
      const chart = readFrontmatter(text).chart;
      return {
        file: path.relative(process.cwd(), path.join(dir, name)),
        text,
        chart: typeof chart === "string" ? chart : undefined,
      };
    });
}
