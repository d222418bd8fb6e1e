import { sectionAnchor, sourcesSlug } from "../story/sectionOrder.ts";
import { absoluteUrl } from "./baseUrl.ts";

/** Absolute URL of the story page (optionally a section anchor), honouring the site URL and base path. */
export function storyUrl(site: URL | undefined, anchor = ""): string {
  const url = new URL(absoluteUrl("", site));
  if (anchor) url.hash = anchor;
  return url.href;
}

/** Anchor of the story's "Sources and method" section (content/story/…-sources.mdx), always the last. */
export const sourcesAnchor = sectionAnchor(sourcesSlug);
