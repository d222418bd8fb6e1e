/**
 * Who publishes the story and when: one place for the byline of share cards, structured data
 * and oEmbed. The story's modified date is the later of `updated` and the data's compile date.
 */
export const siteConfig = {
  /** The publication, as cards and structured data name it. */
  publisher: "Astana 2024 data desk",
  /** The story's authors. */
  author: "Astana 2024 data desk",
  /** First publication of the story (ISO date). */
  published: "2026-11-28",
  /** The last edit of the story's text (ISO date); set it when you publish a change to the words. */
  updated: "2026-12-01",
  /** The chart whose share image stands for the whole story. */
  storyShareChart: "summit-week",
  /** Licence of the compiled data files (each source keeps its own terms; see sources.md). */
  dataLicense: "https://creativecommons.org/licenses/by/4.0/",
} as const;
