import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { displayPath, storyDir } from "../data/contentPaths.ts";
import { readStoryFile, type StoryFile } from "./readStoryFile.ts";

/**
 * Reads every section file of content/story/ (the files the story's glob loader loads) with the
 * story's own reader, in file-name order: what the loader checks before Astro parses anything,
 * and what scripts (`npm run publish-ids`) read the story with, without Astro.
 */
export function readStoryFiles(dir: string = storyDir): StoryFile[] {
  const names = readdirSync(dir).sort();
  // Only .mdx files are sections: a section saved as .md would silently vanish from the story.
  const strays = names
    .filter((name) => !name.endsWith(".mdx") && !name.startsWith(".") && /\.(md|markdown|txt|mdx\w+)$/i.test(name))
    .map((name): StoryFile => {
      const file = displayPath(path.join(dir, name));
      const message = `only .mdx files are sections of the story; rename it to ${name.replace(/\.[^.]+$/, ".mdx")} (or move it out of the folder).`;
      return { section: undefined, issues: [{ file, line: 1, field: "(file name)", message }] };
    });
  const sections = names
    .filter((name) => name.endsWith(".mdx"))
    .map((name) => {
      const filePath = path.join(dir, name);
      return readStoryFile(readFileSync(filePath, "utf8"), displayPath(filePath));
    });
  return [...sections, ...strays];
}
