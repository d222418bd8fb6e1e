/** Attribute values of an element; `undefined` and `false` leave the attribute out. */
export type Attributes = Readonly<Record<string, string | number | boolean | undefined>>;

const escapes: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" };

/** Escapes text for an element's content or an attribute value. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (char) => escapes[char] ?? char);
}

/** ` name="value"` pairs; `true` writes the bare attribute name with an empty value. */
export function attributes(values: Attributes): string {
  return Object.entries(values)
    .filter(([, value]) => value !== undefined && value !== false)
    .map(([name, value]) => ` ${name}="${value === true ? "" : escapeXml(String(value))}"`)
    .join("");
}

/**
 * One element as markup. Children are markup already (build them with `element` or escape
 * text with `escapeXml`). The charts draw their SVG with this, at build time for the page and
 * the static figure files, and in the browser when a drawing changes size, so the markup is
 * written once.
 */
export function element(name: string, values: Attributes = {}, children: string | readonly string[] = ""): string {
  const inner = typeof children === "string" ? children : children.join("");
  return `<${name}${attributes(values)}>${inner}</${name}>`;
}
