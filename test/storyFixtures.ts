import path from "node:path";
import { readFileSync } from "node:fs";
import type { CheckedSection } from "../src/story/checkStory.ts";
import { readStoryFiles } from "../src/story/readStoryFiles.ts";
import { inReadingOrder } from "../src/story/sectionOrder.ts";

/** A section of the real story, as a fixture picks it: by what it holds, never by its name. */
export interface StoryFixture {
  /** Path inside content/ ("story/05-membership.mdx"), for edits of a copy. */
  path: string;
  /** Its file name, as messages end with it. */
  name: string;
  raw: string;
  section: CheckedSection;
}

/** The real story's sections, in reading order. */
export function realSections(): StoryFixture[] {
  const sections = readStoryFiles().flatMap((file) => (file.section ? [file.section] : []));
  return inReadingOrder(sections, ({ file, frontmatter }) => ({ file, order: frontmatter.order })).map((section) => ({
    path: path.join("story", path.basename(section.file)),
    name: path.basename(section.file),
    raw: readFileSync(section.file, "utf8"),
    section,
  }));
}

/**
 * Picks sections for the fixtures of one run: each call returns the first section that matches
 * and has not been picked yet, so mistakes made side by side land in different files; when every
 * match is taken (a shorter story), the first match again.
 */
export function sectionPicker(sections: readonly StoryFixture[] = realSections()) {
  const used = new Set<string>();
  return (what: string, where: (fixture: StoryFixture) => boolean): StoryFixture => {
    const found =
      sections.find((fixture) => !used.has(fixture.path) && where(fixture)) ??
      sections.find((fixture) => where(fixture));
    if (!found) throw new Error(`fixture: no section left that is ${what}`);
    used.add(found.path);
    return found;
  };
}

/** The 1-based line of the first occurrence of `text` in `raw`. */
export function lineOf(raw: string, text: string): number {
  const index = raw.indexOf(text);
  if (index < 0) throw new Error(`fixture: "${text}" not found`);
  return raw.slice(0, index).split("\n").length;
}

/** Escapes text for a RegExp. */
export const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
