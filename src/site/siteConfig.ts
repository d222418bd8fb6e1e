/**
 * Who publishes the story and when: one place for the byline of share cards, structured data
 * and oEmbed. The data's compile date (content/data/sources.md) is the story's modified date.
 */
export const siteConfig = {
  /** The publication, as cards and structured data name it. */
  publisher: "Astana 2024 data desk",
  /** The story's authors. */
  author: "Astana 2024 data desk",
  /** First publication of the story (ISO date). */
  published: "2026-11-28",
  /** The chart whose share image stands for the whole story. */
  storyShareChart: "summit-week",
  /** Licence of the compiled data files (each source keeps its own terms; see sources.md). */
  dataLicense: "https://creativecommons.org/licenses/by/4.0/",
} as const;
