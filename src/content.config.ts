import { defineCollection } from "astro:content";
import { csvLoader } from "./data/csvLoader.ts";
import { datasetNames } from "./data/datasets.ts";
import { storySectionSchema } from "./schemas/storySection.ts";
import { storyLoader } from "./story/storyLoader.ts";

/**
 * The content layer: the story (one MDX file per section in content/story/, read in file-name
 * order, with its steps and citations) and every CSV file of content/data/, one collection each.
 */
const story = defineCollection({ loader: storyLoader(), schema: storySectionSchema });

const datasets = Object.fromEntries(datasetNames.map((name) => [name, defineCollection({ loader: csvLoader(name) })]));

export const collections = { story, ...datasets };
