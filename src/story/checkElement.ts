import { isStoryComponent, storyComponentAttributes } from "./storyComponents.ts";

/** A mistake in a section's body found while reading it, at its line (the file is added by the caller). */
export interface BodyProblem {
  line: number;
  field: string;
  message: string;
}

interface ElementNode {
  type: string;
  name?: string | null;
  value?: unknown;
  /** A JSX element's attributes (other nodes, such as directives, have their own shape). */
  attributes?: unknown;
}

type Attribute = { name?: string; value?: unknown };

const componentList = Object.keys(storyComponentAttributes)
  .map((name) => `<${name}>`)
  .join(", ");

/** Code in the text: MDX would run it, and the story has none. */
function codeProblem(node: ElementNode, line: number): BodyProblem | undefined {
  if (node.type === "mdxTextExpression" || node.type === "mdxFlowExpression") {
    const message = `"{${String(node.value ?? "")}}" is code in MDX, not text; remove the braces, or write them as \\{ and \\}.`;
    return { line, field: "(body)", message };
  }
  if (node.type === "mdxjsEsm") {
    const message = `"${String(node.value ?? "").split("\n")[0]}" is code; the story's components (${componentList}) need no import, remove the line.`;
    return { line, field: "(body)", message };
  }
  return undefined;
}

/** An element the story does not know, or an attribute its component does not take or cannot read. */
function elementProblem(node: ElementNode, line: number): BodyProblem | undefined {
  const name = node.name ?? "";
  // Lower-case names are HTML elements (<abbr>, <br />), which MDX writes as they are.
  if (!name || /^[a-z]/.test(name)) return undefined;
  if (!isStoryComponent(name)) {
    const message = `<${name}> is not a component of the story; use one of ${componentList} (names are case-sensitive).`;
    return { line, field: `<${name}>`, message };
  }
  const allowed: readonly string[] = storyComponentAttributes[name];
  const attributes = (Array.isArray(node.attributes) ? node.attributes : []) as Attribute[];
  for (const { name: attribute = "", value } of attributes) {
    if (!allowed.includes(attribute)) {
      const takes = allowed.length > 0 ? `it takes ${allowed.join(", ")}` : "it takes none";
      return {
        line,
        field: attribute || "(attribute)",
        message: `<${name}> has no attribute "${attribute}"; ${takes}.`,
      };
    }
    if (typeof value !== "string") {
      const message = `write ${attribute} as text in double quotes, e.g. ${attribute}="…", not in braces.`;
      return { line, field: attribute, message };
    }
  }
  return undefined;
}

/**
 * The mistake a node of a section's MDX tree makes, if any: code where text belongs, a
 * component the story does not have (MDX would fail to render it), an attribute its component
 * does not take, or one written in braces.
 */
export function checkElement(node: ElementNode, line: number): BodyProblem | undefined {
  if (node.type === "mdxJsxFlowElement" || node.type === "mdxJsxTextElement") return elementProblem(node, line);
  return codeProblem(node, line);
}
