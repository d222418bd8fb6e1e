import { readFileSync } from "node:fs";
import path from "node:path";
import type { Loader, LoaderContext } from "astro/loaders";
import { glob } from "astro/loaders";
import { prepareCharts } from "../charts/getCharts.ts";
import { DataError } from "../data/DataError.ts";
import { displayPath, storyDir } from "../data/contentPaths.ts";
import { datasetNames, type Datasets } from "../data/datasets.ts";
import { readDataset } from "../data/readDataset.ts";
import { checkScrubs } from "./checkScrubs.ts";
import { checkStory, type CheckedSection } from "./checkStory.ts";
import { readSection } from "./readSection.ts";

/** Stored with each entry: bump when what {@link enrich} stores changes, so old entries are read again. */
const enrichVersion = "story-3";

/** 1-based line of each frontmatter key, and the number of lines before the body. */
function layoutOf(raw: string, body: string): { keyLines: Record<string, number>; bodyOffset: number } {
  const lines = raw.split(/\r?\n/);
  const keyLines: Record<string, number> = {};
  const end = lines.indexOf("---", 1);
  lines.slice(1, end).forEach((line, index) => {
    const key = /^([A-Za-z]+):/.exec(line)?.[1];
    if (key) keyLines[key] ??= index + 2;
  });
  const bodyStart = body ? raw.indexOf(body.slice(0, 40)) : -1;
  return { keyLines, bodyOffset: bodyStart < 0 ? end + 1 : raw.slice(0, bodyStart).split("\n").length - 1 };
}

function readAllData(): Datasets {
  return Object.fromEntries(datasetNames.map((name) => [name, readDataset(name)])) as unknown as Datasets;
}

/** Checks every section in the store against the charts and the data; returns the problems found. */
function checkAll(store: LoaderContext["store"]) {
  const sections = store
    .values()
    .map((entry): CheckedSection => {
      const data = entry.data as CheckedSection["frontmatter"] & Pick<CheckedSection, "keyLines" | "source">;
      return {
        file: displayPath(entry.filePath ?? ""),
        frontmatter: data,
        keyLines: data.keyLines,
        source: data.source,
      };
    })
    .sort((a, b) => a.file.localeCompare(b.file));
  const data = readAllData();
  const charts = prepareCharts(data);
  const states = Object.fromEntries(Object.entries(charts).map(([id, chart]) => [id, chart.states.map((s) => s.id)]));
  const scrubs = Object.fromEntries(Object.entries(charts).map(([id, chart]) => [id, chart.scrub]));
  return [...checkStory(sections, states, data), ...checkScrubs(sections, scrubs)];
}

/**
 * The story's content-layer loader: Astro's glob loader for `content/story/*.mdx`, plus each
 * section's steps and data citations, read from the parsed MDX (readSection.ts) and stored with
 * the entry. Once every section is loaded the whole story is checked against the charts and the
 * data (checkStory.ts), so `astro sync`, `astro dev` and `astro build` stop on an editor's mistake
 * with its file, line and field.
 */
export function storyLoader(): Loader {
  const files = glob({ pattern: "*.mdx", base: path.relative(process.cwd(), storyDir) || "." });
  return {
    name: "story",
    async load(context) {
      const enrich: LoaderContext["store"]["set"] = (entry) => {
        const raw = entry.filePath ? readFileSync(path.resolve(process.cwd(), entry.filePath), "utf8") : "";
        const { keyLines, bodyOffset } = layoutOf(raw, entry.body ?? "");
        const source = readSection(entry.body ?? "", bodyOffset);
        const data = { ...entry.data, keyLines, source };
        return context.store.set({ ...entry, data, digest: `${entry.digest ?? ""}:${enrichVersion}` });
      };
      let isLoaded = false;
      const store = {
        ...context.store,
        set: (entry: Parameters<typeof enrich>[0]) => {
          const changed = enrich(entry);
          // In `astro dev` an edited section is checked again at once; the mistake is logged, the server keeps going.
          if (isLoaded) {
            const issues = checkAll(context.store);
            if (issues.length > 0) context.logger.error(new DataError(issues).message);
          }
          return changed;
        },
      };
      await files.load({ ...context, store });
      isLoaded = true;
      const issues = checkAll(context.store);
      if (issues.length > 0) throw new DataError(issues);
    },
  };
}
