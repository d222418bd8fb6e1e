import { readFileSync } from "node:fs";
import path from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { glob } from "astro/loaders";
import { DataError, type DataIssue } from "../data/DataError.ts";
import { displayPath, storyDir } from "../data/contentPaths.ts";
import { checkEverything } from "./checkEverything.ts";
import type { CheckedSection } from "./checkStory.ts";
import { readStoryFile } from "./readStoryFile.ts";
import { readStoryFiles } from "./readStoryFiles.ts";

/** Stored with each entry: bump when what {@link enrich} stores changes, so old entries are read again. */
const enrichVersion = "story-3";

/** Every readable section in the store, as the checks see them (an unreadable one is reported by {@link watchStory}). */
function sectionsOf(store: LoaderContext["store"]): CheckedSection[] {
  return store.values().flatMap((entry): CheckedSection[] => {
    const data = entry.data as CheckedSection["frontmatter"] & Partial<Pick<CheckedSection, "keyLines" | "source">>;
    const { keyLines = {}, source } = data;
    return source ? [{ file: displayPath(entry.filePath ?? ""), frontmatter: data, keyLines, source }] : [];
  });
}

/** In `astro dev`, a saved section is read again at once: its mistakes are logged in our words, the server keeps going. */
function watchStory(context: LoaderContext): void {
  context.watcher?.on("change", (changed) => {
    if (path.dirname(changed) !== storyDir || !changed.endsWith(".mdx")) return;
    const { issues } = readStoryFile(readFileSync(changed, "utf8"), displayPath(changed));
    if (issues.length > 0) context.logger.error(new DataError(issues).message);
  });
}

/**
 * The story's content-layer loader: Astro's glob loader for `content/story/*.mdx`, plus each
 * section's steps and data citations, read from the parsed MDX (readSection.ts) and stored with
 * the entry. Before Astro parses anything, every file is read by the story's own reader
 * (readStoryFile.ts), so a frontmatter or MDX syntax mistake is reported with the line the editor
 * sees; once every section is loaded the whole story is checked against the charts, the data and
 * the published ids (checkEverything.ts). `astro sync`, `astro dev` and `astro build` all stop on
 * an editor's mistake with its file, line and field.
 */
export function storyLoader(): Loader {
  const files = glob({ pattern: "*.mdx", base: path.relative(process.cwd(), storyDir) || "." });
  return {
    name: "story",
    async load(context) {
      const read: DataIssue[] = readStoryFiles().flatMap((file) => file.issues);
      if (read.length > 0) throw new DataError(read);
      const enrich: LoaderContext["store"]["set"] = (entry) => {
        const filePath = path.resolve(process.cwd(), entry.filePath ?? "");
        const { section } = readStoryFile(readFileSync(filePath, "utf8"), displayPath(filePath));
        const data = { ...entry.data, keyLines: section?.keyLines ?? {}, source: section?.source };
        return context.store.set({ ...entry, data, digest: `${entry.digest ?? ""}:${enrichVersion}` });
      };
      let isLoaded = false;
      const store = {
        ...context.store,
        set: (entry: Parameters<typeof enrich>[0]) => {
          const changed = enrich(entry);
          if (isLoaded) {
            const issues = checkEverything(sectionsOf(context.store));
            if (issues.length > 0) context.logger.error(new DataError(issues).message);
          }
          return changed;
        },
      };
      await files.load({ ...context, store });
      isLoaded = true;
      watchStory(context);
      const issues = checkEverything(sectionsOf(context.store));
      if (issues.length > 0) throw new DataError(issues);
    },
  };
}
