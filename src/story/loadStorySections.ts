import { readFileSync } from "node:fs";
import { getCollection, render, type CollectionEntry } from "astro:content";
import { findSteps } from "./findSteps.ts";
import { orderStorySections } from "./orderStorySections.ts";

/** A story section ready to render. */
export interface StorySectionView {
  entry: CollectionEntry<"story">;
  /** Anchor id of the section (`section-<slug>`). */
  anchor: string;
  /** State of the section's first step (what its chart shows before any scrolling). */
  firstState: string;
  Content: Awaited<ReturnType<typeof render>>["Content"];
}

/** Every story section in reading order, rendered. */
export async function loadStorySections(): Promise<StorySectionView[]> {
  const sections = orderStorySections(await getCollection("story"));
  return Promise.all(
    sections.map(async (entry) => ({
      entry,
      anchor: `section-${entry.id.replace(/^\d+-/, "")}`,
      firstState: findSteps(readFileSync(entry.filePath ?? "", "utf8"))[0]?.attributes.state ?? "",
      Content: (await render(entry)).Content,
    })),
  );
}
