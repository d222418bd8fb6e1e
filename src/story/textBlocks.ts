/**
 * A paragraph, heading or list item as a reader reads it: its words (citations as printed) and
 * where each run of them sits in the file, so a check can find a date or a count in a whole
 * sentence and still name its line.
 */
export interface TextBlock {
  text: string;
  /** Where each run of text starts: its offset in `text` and its 1-based line in the file. */
  runs: { offset: number; line: number }[];
  /** Ranges of `text` printed by data citations (their figures are checked against their rows). */
  cited: { start: number; end: number }[];
  /** Ranges of `text` that are the words of an ordinary link, with its address. */
  links: { start: number; end: number; url: string }[];
  /** Index of the step the block is in, among its section's steps; undefined in a prose section. */
  step: number | undefined;
}

/** The file line of an offset in a block: its run's line plus the line breaks before it in the run. */
export function lineInBlock(block: TextBlock, offset: number): number {
  let run = block.runs[0] ?? { offset: 0, line: 1 };
  for (const candidate of block.runs) if (candidate.offset <= offset) run = candidate;
  return run.line + (block.text.slice(run.offset, offset).match(/\n/g)?.length ?? 0);
}

/** Collects the blocks of a section while its MDX tree is walked (readSection.ts). */
export class TextBlockBuilder {
  private current: TextBlock | undefined;
  private depth = 0;
  private readonly blocks: TextBlock[];

  /** Blocks are appended to `blocks` as they are found. */
  constructor(blocks: TextBlock[]) {
    this.blocks = blocks;
  }

  /** A block-level node starts; nested ones (a paragraph in a list item) join the outer block. */
  open(): void {
    this.depth += 1;
    if (this.depth === 1) this.current = undefined;
  }

  close(): void {
    this.depth -= 1;
    if (this.depth === 0) this.current = undefined;
  }

  /** A component's edge: words on either side of it never join one block. */
  boundary(): void {
    if (this.depth === 0) this.current = undefined;
  }

  /** Offset where the next words go (the start of a link's words). */
  mark(): number {
    return this.current?.text.length ?? 0;
  }

  addText(text: string, line: number, step: number | undefined): void {
    const block = this.blockFor(step);
    block.runs.push({ offset: block.text.length, line });
    block.text += text;
  }

  addCitation(text: string, line: number, step: number | undefined): void {
    const block = this.blockFor(step);
    const start = block.text.length;
    this.addText(text, line, step);
    block.cited.push({ start, end: block.text.length });
  }

  addLink(start: number, url: string): void {
    if (this.current) this.current.links.push({ start, end: this.current.text.length, url });
  }

  /** The open block, or a new one: words outside any paragraph (inside a component) make their own. */
  private blockFor(step: number | undefined): TextBlock {
    if (!this.current) {
      this.current = { text: "", runs: [], cited: [], links: [], step };
      this.blocks.push(this.current);
    }
    return this.current;
  }
}
