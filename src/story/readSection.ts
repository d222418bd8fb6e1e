import { mdxToMdast, type MdastNode } from "satteri";

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
  /** Every visible word of the section outside citations, for the check of other numbers. */
  text: string;
  /** Runs of text outside citations with their lines, for the check that every figure is cited. */
  uncitedText: { text: string; line: number }[];
}

type Node = MdastNode & { children?: Node[]; value?: string; url?: string; name?: string | null };

const rowScheme = "row:";

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

/**
 * Reads one section's MDX body with the same parser the build uses (Sätteri, Astro's MDX
 * processor): its `<Step>` elements with their lines, the data citations in each, and the text
 * outside citations. `lineOffset` is the number of file lines before the body (the frontmatter).
 */
export function readSection(body: string, lineOffset: number): SectionSource {
  const source: SectionSource = { steps: [], proseCitations: [], text: "", uncitedText: [] };
  const walk = (node: Node, step: StepSource | undefined): void => {
    if (node.type === "mdxJsxFlowElement" && node.name === "Step") {
      const found: StepSource = {
        id: attribute(node, "id"),
        state: attribute(node, "state"),
        scrub: attribute(node, "scrub"),
        line: lineOf(node, lineOffset),
        text: textOf(node).trim(),
        citations: [],
      };
      source.steps.push(found);
      for (const child of node.children ?? []) walk(child, found);
      return;
    }
    if (node.type === "link" && node.url?.startsWith(rowScheme)) {
      const citation = {
        ref: node.url.slice(rowScheme.length),
        text: textOf(node).trim(),
        line: lineOf(node, lineOffset),
      };
      (step ? step.citations : source.proseCitations).push(citation);
      source.text += ` ${citation.text}`;
      return;
    }
    if (node.type === "text" && typeof node.value === "string") {
      source.text += node.value;
      source.uncitedText.push({ text: node.value, line: lineOf(node, lineOffset) });
      return;
    }
    for (const child of node.children ?? []) walk(child, step);
    if (node.type === "paragraph") source.text += "\n";
  };
  walk(mdxToMdast(body) as Node, undefined);
  return source;
}
