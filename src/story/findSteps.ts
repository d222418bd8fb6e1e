/** A `<Step …>` element found in an MDX file, with where it starts. */
export interface StepTag {
  /** 1-based line of the opening tag. */
  line: number;
  /** Attributes written as `name="value"`. */
  attributes: Record<string, string>;
  /** The markdown between the opening and the closing tag. */
  body: string;
}

const stepPattern = /<Step\b([^>]*?)(\/)?>([\s\S]*?)(?:<\/Step>|$)/g;
const attributePattern = /([A-Za-z-]+)\s*=\s*"([^"]*)"/g;

/**
 * Finds the `<Step>` elements of an MDX file. Steps are written in one documented form
 * (`<Step id="…" state="…">markdown</Step>`), so a light scan gives exact line numbers,
 * which the MDX compiler's own errors do not carry through Astro.
 */
export function findSteps(text: string): StepTag[] {
  const steps: StepTag[] = [];
  for (const match of text.matchAll(stepPattern)) {
    const [, rawAttributes = "", selfClosing, body = ""] = match;
    const attributes: Record<string, string> = {};
    for (const [, name, value] of rawAttributes.matchAll(attributePattern)) {
      if (name !== undefined && value !== undefined) attributes[name] = value;
    }
    const line = text.slice(0, match.index).split("\n").length;
    steps.push({ line, attributes, body: selfClosing ? "" : body });
  }
  return steps;
}
