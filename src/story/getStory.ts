import { getCollection, render, type CollectionEntry } from "astro:content";
import { readAllDatasets } from "../data/readAllDatasets.ts";
import type { CitationSource } from "./readSection.ts";
import { resolveRowRef, type ResolvedRow } from "./rowRefs.ts";
import { inReadingOrder, sectionAnchor } from "./sectionOrder.ts";

/** A step of the story, with what the page needs to draw it. */
export interface StoryStep {
  id: string;
  state: string;
  /** The state of the previous step in its section (what "since" a chart's caption counts from). */
  since: string | undefined;
  chart: string;
  /** The range the step scrubs through, as written in MDX (`"1995-2008"`); absent for most steps. */
  scrub: string | undefined;
  citations: readonly CitationSource[];
}

/** A story section ready to render. */
export interface StorySection {
  entry: CollectionEntry<"story">;
  /** Anchor id of the section (`section-<slug>`, the file name without its number). */
  anchor: string;
  /** The section's steps, in order (none for a prose section). */
  steps: StoryStep[];
  Content: Awaited<ReturnType<typeof render>>["Content"];
}

/** A source a figure of the story comes from, numbered in order of first citation. */
export interface SourceNoteEntry {
  number: number;
  name: string;
  url: string;
  /** The rows cited from it ("central-asia-trade.csv:15"). */
  rows: string[];
  /** Where it is cited: the ids of the steps (or prose sections) that cite it, in reading order. */
  citedIn: string[];
}

function stepsOf(entry: CollectionEntry<"story">): StoryStep[] {
  const { chart, source } = entry.data;
  if (!chart || !source) return [];
  return source.steps.map((step, index) => ({
    id: step.id ?? "",
    state: step.state ?? "",
    since: source.steps[index - 1]?.state,
    chart,
    scrub: step.scrub,
    citations: step.citations,
  }));
}

/** The story's entries in reading order: by `order`, the sources section last (sectionOrder.ts). */
async function entriesInOrder(): Promise<CollectionEntry<"story">[]> {
  const entries = await getCollection("story");
  return inReadingOrder(entries, (entry) => ({ file: entry.filePath ?? entry.id, order: entry.data.order }));
}

/** Every story section in reading order (the content layer has checked them all). */
export async function getStory(): Promise<StorySection[]> {
  const entries = await entriesInOrder();
  return Promise.all(
    entries.map(async (entry) => ({
      entry,
      anchor: sectionAnchor(entry.filePath ?? entry.id),
      steps: stepsOf(entry),
      Content: (await render(entry)).Content,
    })),
  );
}

/** The step with this id. */
export async function getStep(id: string): Promise<StoryStep> {
  const entries = await getCollection("story");
  const step = entries.flatMap(stepsOf).find((candidate) => candidate.id === id);
  if (!step) throw new Error(`No step "${id}" in the story collection.`);
  return step;
}

/**
 * The story's data citations resolved to their rows, and the sources they come from numbered in
 * reading order (one note per source page), so a figure's marker and its step's source line agree.
 */
export async function getSourceNotes(): Promise<{ notes: SourceNoteEntry[]; rowOf: Map<string, ResolvedRow> }> {
  const entries = await entriesInOrder();
  const data = readAllDatasets();
  const citations = entries.flatMap((entry) => [
    ...(entry.data.source?.steps.flatMap((step) => step.citations.map((citation) => ({ citation, at: step.id }))) ??
      []),
    ...(entry.data.source?.proseCitations.map((citation) => ({
      citation,
      at: sectionAnchor(entry.filePath ?? entry.id),
    })) ?? []),
  ]);
  const notes: SourceNoteEntry[] = [];
  const rowOf = new Map<string, ResolvedRow>();
  for (const { citation, at } of citations) {
    const row = resolveRowRef(citation.ref, data);
    if ("problem" in row) throw new Error(row.problem);
    rowOf.set(citation.ref, row);
    let note = notes.find((candidate) => candidate.url === row.sourceUrl);
    if (!note) {
      note = { number: notes.length + 1, name: row.sourceName, url: row.sourceUrl, rows: [], citedIn: [] };
      notes.push(note);
    }
    if (!note.rows.includes(row.address)) note.rows.push(row.address);
    if (at && !note.citedIn.includes(at)) note.citedIn.push(at);
  }
  return { notes, rowOf };
}
