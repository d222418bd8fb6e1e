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
  return readdirSync(dir)
    .filter((name) => name.endsWith(".mdx"))
    .sort()
    .map((name) => {
      const filePath = path.join(dir, name);
      return readStoryFile(readFileSync(filePath, "utf8"), displayPath(filePath));
    });
}
