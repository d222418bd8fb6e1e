import { readStory, type StorySection } from "./storyProbes.ts";
import type { Tab } from "./types.ts";

/** Loads the story page and reads its sections and steps; fails if the page has none. */
export async function openStory(tab: Tab, site: string, hash = ""): Promise<StorySection[]> {
  await tab.goto(`${site}/${hash}`);
  const story = await tab.evaluate(readStory);
  if (story.length === 0 || story.some((section) => section.steps.length === 0)) {
    throw new Error(`the story page has no scrolly sections with steps: ${JSON.stringify(story)}`);
  }
  return story;
}

/** Selector of the step bar's buttons; the n-th match belongs to the n-th section. */
export const stepBarButton = (action: "next" | "prev") =>
  `[data-scrolly] [data-scrolly-stepper] [data-action=${action}]`;
