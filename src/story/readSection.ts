import { mdxToMdast, type MdastNode } from "satteri";
import { checkElement, type BodyProblem } from "./checkElement.ts";
import { TextBlockBuilder, type TextBlock } from "./textBlocks.ts";

export type { BodyProblem } from "./checkElement.ts";
export type { TextBlock } from "./textBlocks.ts";

/** A data citation in the text: `[$30.8 billion](row:trade/2008/CHN/CA5/imf-chn)`. */
export interface CitationSource {
  /** What follows `row:`. */
  ref: string;
  /** The figure as printed. */
  text: string;
  /** 1-based line in the MDX file. */
  line: number;
}

/** A `<Step>` as written, found in the parsed MDX. */
export interface StepSource {
  id: string | undefined;
  state: string | undefined;
  /** The range the step scrubs through, as written (`scrub="1995-2008"`); absent for most steps. */
  scrub?: string | undefined;
  /** The ids the step was published under before (`formerly="old-id other-old-id"`), in order. */
  formerly: string[];
  line: number;
  /** The step's words, as a reader sees them. */
  text: string;
  citations: CitationSource[];
}

/** What the checks and the page need from one section's MDX body. */
export interface SectionSource {
  steps: StepSource[];
  /** Citations outside steps (prose sections). */
  proseCitations: CitationSource[];
  /** Every visible word of the section, citations as printed. */
  text: string;
  /** Runs of text outside citations with their lines, for the check that every figure is cited. */
  uncitedText: { text: string; line: number }[];
  /** Each paragraph, heading or list item as a reader reads it, for the checks of dates, years and counts. */
  blocks: TextBlock[];
  /** Elements and attributes the story does not know, and code (`{…}`, `import`) in the text. */
  problems: BodyProblem[];
}

type Node = MdastNode & { children?: Node[]; value?: unknown; url?: string; name?: string | null };

const rowScheme = "row:";

/** Nodes whose words make one block of text (a list item's words are in its paragraph). */
const blockTypes = new Set(["paragraph", "heading", "tableCell"]);

function lineOf(node: Node, offset: number): number {
  return (node.position?.start.line ?? 1) + offset;
}

function textOf(node: Node): string {
  if (typeof node.value === "string" && node.type === "text") return node.value;
  return (node.children ?? []).map(textOf).join("");
}

function attribute(node: Node, name: string): string | undefined {
  const attributes = (node as { attributes?: { name?: string; value?: unknown }[] }).attributes ?? [];
  const value = attributes.find((item) => item.name === name)?.value;
  return typeof value === "string" ? value : undefined;
}

/** A `<Step>` element as written. */
function stepOf(node: Node, offset: number): StepSource {
  return {
    id: attribute(node, "id"),
    state: attribute(node, "state"),
    scrub: attribute(node, "scrub"),
    formerly: (attribute(node, "formerly") ?? "").split(/\s+/).filter(Boolean),
    line: lineOf(node, offset),
    text: textOf(node).trim(),
    citations: [],
  };
}

/**
 * Reads one section's MDX body with the same parser the build uses (Sätteri, Astro's MDX
 * processor): its `<Step>` elements with their lines, the data citations in each, the text
 * outside citations and the blocks of text a reader reads. `lineOffset` is the number of file
 * lines before `body` (0 when the frontmatter is blanked out rather than cut). Throws the
 * parser's error on an MDX syntax error (see readStoryFile.ts).
 */
export function readSection(body: string, lineOffset: number): SectionSource {
  const source: SectionSource = { steps: [], proseCitations: [], text: "", uncitedText: [], blocks: [], problems: [] };
  const blocks = new TextBlockBuilder(source.blocks);
  const walk = (node: Node, step: StepSource | undefined): void => {
    const problem = checkElement(node, lineOf(node, lineOffset));
    if (problem) source.problems.push(problem);
    if (node.type === "mdxJsxFlowElement" && node.name === "Step") {
      blocks.boundary();
      const found = stepOf(node, lineOffset);
      source.steps.push(found);
      for (const child of node.children ?? []) walk(child, found);
      blocks.boundary();
      return;
    }
    const line = lineOf(node, lineOffset);
    if (node.type === "link" && node.url?.startsWith(rowScheme)) {
      const citation = { ref: node.url.slice(rowScheme.length), text: textOf(node).trim(), line };
      (step ? step.citations : source.proseCitations).push(citation);
      source.text += ` ${citation.text}`;
      blocks.addCitation(textOf(node), line, step && source.steps.indexOf(step));
      return;
    }
    if (node.type === "text" && typeof node.value === "string") {
      source.text += node.value;
      source.uncitedText.push({ text: node.value, line });
      blocks.addText(node.value, line, step && source.steps.indexOf(step));
      return;
    }
    const isBlock = blockTypes.has(node.type);
    const isComponent = node.type === "mdxJsxFlowElement";
    if (isBlock) blocks.open();
    if (isComponent) blocks.boundary();
    const linkStart = node.type === "link" ? blocks.mark() : undefined;
    for (const child of node.children ?? []) walk(child, step);
    if (linkStart !== undefined && node.url) blocks.addLink(linkStart, node.url);
    if (isBlock) blocks.close();
    if (isComponent) blocks.boundary();
    if (node.type === "paragraph") source.text += "\n";
  };
  walk(mdxToMdast(body) as Node, undefined);
  return source;
}
