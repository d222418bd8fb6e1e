/**
 * DOM writes that skip what is already so. A browser treats every attribute or text write as a
 * change (style invalidation, SVG text relayout, repaint) even when the value is the same, and a
 * state change rewrites every mark of a map: writing only the differences keeps a step's cost to
 * what the step changes (issue #24). (`toggleAttribute(name, force)` already leaves an attribute
 * that is as asked alone.)
 */

/** Sets `name` to `value` on `node`, or removes it for `undefined`, unless it already is so. */
export function setAttributeIfChanged(node: Element, name: string, value: string | undefined): void {
  if (value === undefined) {
    if (node.hasAttribute(name)) node.removeAttribute(name);
  } else if (node.getAttribute(name) !== value) node.setAttribute(name, value);
}

/** Sets every attribute of `attributes` on `node` (see {@link setAttributeIfChanged}). */
export function setAttributesIfChanged(node: Element, attributes: Record<string, string | undefined>): void {
  for (const [name, value] of Object.entries(attributes)) setAttributeIfChanged(node, name, value);
}

/** Sets `node`'s text, unless it already is `text`. */
export function setTextIfChanged(node: Node, text: string): void {
  if (node.textContent !== text) node.textContent = text;
}
