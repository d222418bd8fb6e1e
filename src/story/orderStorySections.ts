import type { CollectionEntry } from "astro:content";
import { DataError } from "../data/DataError.ts";

/**
 * Sections in reading order (file names start with NN-), and checks that exactly one of them,
 * the first, carries the headline and dek.
 */
export function orderStorySections(entries: CollectionEntry<"story">[]): CollectionEntry<"story">[] {
  const ordered = [...entries].sort((a, b) => a.id.localeCompare(b.id));
  const withHeadline = ordered.filter((entry) => entry.data.headline);
  const first = ordered[0];
  if (!first || withHeadline.length !== 1 || withHeadline[0] !== first || !first.data.dek) {
    throw new DataError([
      {
        file: first?.filePath ?? "content/story/",
        line: 1,
        field: "headline",
        message:
          "the first section (and only it) must set both headline: and dek: in its frontmatter" +
          (withHeadline.length > 1 ? `; found headlines in ${withHeadline.map((e) => e.filePath).join(", ")}` : "."),
      },
    ]);
  }
  return ordered;
}
