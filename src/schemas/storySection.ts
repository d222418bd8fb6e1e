import { z } from "astro/zod";
import { chartIds } from "../charts/chartIds.ts";

/**
 * Frontmatter of one story section (`content/story/NN-slug.mdx`). Sections render in file-name
 * order; a section with `chart` is a scrolly section whose body is a sequence of `<Step>`s.
 */
export const storySectionSchema = z.object({
  /** Section heading shown to readers. */
  title: z.string().trim().min(1, { error: "give the section a title" }),
  /** Chart this section scrolls through; omit for a prose section. */
  chart: z.enum(chartIds, { error: `chart must be one of ${chartIds.join(", ")} (or omitted for prose)` }).optional(),
  /** The story's headline; set in exactly one section, the first. */
  headline: z.string().trim().min(1).optional(),
  /** The standfirst under the headline; goes with `headline`. */
  dek: z.string().trim().min(1).optional(),
});

/** Validated frontmatter of a story section. */
export type StorySection = z.output<typeof storySectionSchema>;
