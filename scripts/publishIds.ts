import { writeFileSync } from "node:fs";
import { format, resolveConfig } from "prettier";
import { DataError } from "../src/data/DataError.ts";
import { nextPublishedIds } from "../src/story/nextPublishedIds.ts";
import { publishedIdsPath, readPublishedIds, type PublishedIdsFile } from "../src/story/publishedIds.ts";
import { readStoryFiles } from "../src/story/readStoryFiles.ts";

/**
 * `npm run publish-ids`: run when the story is published. Records every step id (and every old
 * id a step keeps in `formerly`) in content/published-ids.json, so `npm run check` and the build
 * fail if a later edit drops one of these links. Refuses while the story cannot be read or a
 * published id has already been lost.
 */
const files = readStoryFiles();
const { published, issues: listIssues } = readPublishedIds();
const readIssues = [...listIssues, ...files.flatMap((file) => file.issues)];
const sections = files.flatMap((file) => (file.section ? [file.section] : []));
const { ids, issues } = readIssues.length > 0 ? { ids: [], issues: readIssues } : nextPublishedIds(sections, published);
if (issues.length > 0) {
  console.error(
    `${new DataError(issues).message}\nNothing was published; fix these, then run npm run publish-ids again.`,
  );
  process.exit(1);
}
const file: PublishedIdsFile = {
  note: 'Step ids of the published story (links readers may have shared). Written by npm run publish-ids; a step renamed since keeps its old id in formerly="…".',
  steps: ids,
};
const path = publishedIdsPath();
const options = { ...(await resolveConfig(path)), filepath: path };
writeFileSync(path, await format(JSON.stringify(file, null, 2), options));
const added = ids.filter((id) => !published.ids.some((entry) => entry.id === id));
console.log(`${published.file}: ${ids.length} ids${added.length > 0 ? `, new: ${added.join(", ")}` : ", none new"}.`);
