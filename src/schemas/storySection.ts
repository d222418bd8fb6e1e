import { z } from "astro/zod";
import type { SectionSource } from "../story/readSection.ts";

/** A text value of the frontmatter, with a message that says how to write it (or that it is missing). */
const text = (key: string, example: string) =>
  z
    .string({
      error: (issue) =>
        issue.input === undefined
          ? `is missing; add ${key}: "${example}" to the frontmatter.`
          : `must be text in double quotes, e.g. ${key}: "${example}".`,
    })
    .trim()
    .min(1, { error: `is empty; write ${key}: "${example}" or remove the line.` });

/**
 * Frontmatter of one story section (`content/story/<name>.mdx`). Sections are read in `order`,
 * the sources section ("…-sources.mdx") last; a section with `chart` is a scrolly section whose
 * body is a sequence of `<Step>`s. Whether `chart` names a chart, the order and every step are
 * checked with the rest of the story (story/checkStory.ts), which can name the line.
 */
export const storySectionSchema = z.object({
  /** Section heading shown to readers. */
  title: text("title", "Section heading"),
  /**
   * Place of the section in the story: sections are read from the lowest order to the highest
   * (2.5 goes between 2 and 3, no file is renamed). Required in every section but the sources
   * section, which always comes last.
   */
  order: z
    .number({ error: "must be a number, e.g. order: 3 (or 2.5 to go between 2 and 3), without quotes." })
    .optional(),
  /** Chart this section scrolls through (an id of src/charts/registry.ts); omit for a prose section. */
  chart: z.string({ error: "must be a chart id, e.g. chart: sco-membership." }).optional(),
  /** The story's headline; set in exactly one section, the first. */
  headline: text("headline", "The story's headline").optional(),
  /** The standfirst under the headline; goes with `headline`. */
  dek: text("dek", "The standfirst").optional(),
  /** Added by the story loader, never written by editors: where each frontmatter key is. */
  keyLines: z.record(z.string(), z.number()).optional(),
  /** Added by the story loader, never written by editors: the steps and citations of the body. */
  source: z.custom<SectionSource>().optional(),
});

/** The frontmatter keys an editor writes (the others are added by the loader). */
export const editorKeys = ["title", "order", "chart", "headline", "dek"] as const;

/**
 * A section's frontmatter as the editor wrote it: the editor's keys, each value as the YAML gave
 * it. The checks read it before (and whether or not) the schema accepts it, so that one run
 * reports every file's mistakes; the schema's own issues come from the same data.
 */
export type WrittenFrontmatter = Readonly<Partial<Record<(typeof editorKeys)[number], unknown>>>;

/** The chart a written frontmatter names, if it names one as text (the schema reports anything else). */
export function writtenChart(frontmatter: WrittenFrontmatter): string | undefined {
  return typeof frontmatter.chart === "string" ? frontmatter.chart : undefined;
}
