import Cite from "./Cite.astro";
import PullQuote from "./PullQuote.astro";
import SourceNote from "./SourceNote.astro";
import Step from "./Step.astro";

/**
 * The components an editor can write in any section without importing them (`<Step>` only in a
 * scrolly section), and `a`, which turns data citations into figures with note numbers.
 */
export const storyComponents = { Step, PullQuote, SourceNote, a: Cite };
