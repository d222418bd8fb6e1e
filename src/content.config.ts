import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { storySectionSchema } from "./schemas/storySection.ts";

/** The story: one MDX file per section in content/story/, read in file-name order. */
const story = defineCollection({
  loader: glob({ pattern: "*.mdx", base: "./content/story" }),
  schema: storySectionSchema,
});

export const collections = { story };
