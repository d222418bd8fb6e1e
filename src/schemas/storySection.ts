import { z } from "astro/zod";
import type { SectionSource } from "../story/readSection.ts";

/**
 * Frontmatter of one story section (`content/story/NN-slug.mdx`). Sections render in file-name
 * order; a section with `chart` is a scrolly section whose body is a sequence of `<Step>`s.
 * Whether `chart` names a chart, and every step, is checked with the rest of the story
 * (story/checkStory.ts), which can name the line.
 */
export const storySectionSchema = z.object({
  /** Section heading shown to readers. */
  title: z.string().trim().min(1, { error: "give the section a title" }),
  /** Chart this section scrolls through (an id of src/charts/registry.ts); omit for a prose section. */
  chart: z.string().optional(),
  /** The story's headline; set in exactly one section, the first. */
  headline: z.string().trim().min(1).optional(),
  /** The standfirst under the headline; goes with `headline`. */
  dek: z.string().trim().min(1).optional(),
  /** Added by the story loader, never written by editors: where each frontmatter key is. */
  keyLines: z.record(z.string(), z.number()).optional(),
  /** Added by the story loader, never written by editors: the steps and citations of the body. */
  source: z.custom<SectionSource>().optional(),
});

/** Validated frontmatter of a story section, with what the loader adds. */
export type StorySection = z.output<typeof storySectionSchema>;
