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

/** What every chart drawing carries: its box, and its accessible name and description. */
export interface ChartSvgOptions {
  /** Attributes of the root `<svg>` (its class, data attributes) besides the box and the name. */
  attributes: Attributes;
  width: number;
  height: number;
  /** Prefix of the title and description ids, unique on the page. */
  idPrefix: string;
  title: string;
  /** The text alternative: what the drawing shows, in words. */
  description: string;
  /** Hidden from assistive technology (another element speaks for it). */
  isDecorative?: boolean;
  /** Extra attributes for the root, given by the page (they win). */
  root?: Attributes;
  /** Markup before the title (shared definitions). */
  head?: string;
}

/**
 * A chart's root `<svg>`: its viewBox, named by its `<title>` and described by its `<desc>`
 * (the `description` role the updater rewrites), or hidden from assistive technology when
 * decorative; then `children`. One place for the markup every chart drawing starts with.
 */
export function chartSvg(options: ChartSvgOptions, children: readonly string[]): string {
  const { idPrefix, isDecorative = false } = options;
  return element(
    "svg",
    {
      ...options.attributes,
      viewBox: `0 0 ${options.width} ${options.height}`,
      role: isDecorative ? undefined : "img",
      "aria-hidden": isDecorative ? "true" : undefined,
      "aria-labelledby": isDecorative ? undefined : `${idPrefix}-title ${idPrefix}-desc`,
      ...options.root,
    },
    [
      options.head ?? "",
      element("title", { id: `${idPrefix}-title` }, escapeXml(options.title)),
      element("desc", { id: `${idPrefix}-desc`, "data-role": "description" }, escapeXml(options.description)),
      ...children,
    ],
  );
}
