/**
 * The components an editor may write in a section (src/components/mdxComponents.ts maps each
 * to its Astro component) and the attributes each takes. Plain data, so the checks and the
 * scripts that read the story in Node know them without loading Astro components.
 */
export const storyComponentAttributes = {
  /**
   * A step of a scrolly section: its deep link, the chart state it shows, the range it scrubs
   * through (if it does), the ids it was published under.
   */
  Step: ["id", "state", "scrub", "formerly"],
  /** A quotation: someone's own words, who said them (`by`) and the report of them (`href`). */
  PullQuote: ["by", "href"],
  /** A small "Source: …" line. */
  SourceNote: [],
} as const satisfies Record<string, readonly string[]>;

/** The name of a story component. */
export type StoryComponentName = keyof typeof storyComponentAttributes;

/** True when `name` is a story component. */
export function isStoryComponent(name: string): name is StoryComponentName {
  return Object.hasOwn(storyComponentAttributes, name);
}
