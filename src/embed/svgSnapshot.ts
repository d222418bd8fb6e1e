import { wrapText } from "../charts/shared/wrapText.ts";
/** Presentation properties copied inline, so the file looks the same without our stylesheet. */
const inlinedProperties = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-dashoffset",
  "stroke-opacity",
  "stroke-linejoin",
  "stroke-linecap",
  "opacity",
  "visibility",
  "display",
  "font-family",
  "font-size",
  "font-weight",
  "text-anchor",
  "dominant-baseline",
  "paint-order",
] as const;

/**
 * Copies the shapes that `<use>` elements point to (the map's outlines live in a sprite shared
 * by the page) into the clone's own `<defs>`, so the file draws without the page.
 */
function inlineReferencedShapes(clone: SVGSVGElement): void {
  const ids = new Set(
    [...clone.querySelectorAll("use")].map((use) => (use.getAttribute("href") ?? "").replace(/^#/, "")).filter(Boolean),
  );
  if (ids.size === 0) return;
  const defs = document.createElementNS("http://www.w3.org/2000/svg", "defs");
  for (const id of ids) {
    const shape = document.getElementById(id);
    if (shape) defs.append(shape.cloneNode(true));
  }
  clone.insertBefore(defs, clone.firstChild);
}

const svgNamespace = "http://www.w3.org/2000/svg";

/** Copies every element's computed presentation onto its clone. */
function inlineStyles(source: SVGSVGElement, clone: SVGSVGElement): void {
  const sources = [source, ...source.querySelectorAll<SVGElement>("*")];
  const targets = [clone, ...clone.querySelectorAll<SVGElement>("*")];
  sources.forEach((element, index) => {
    const computed = getComputedStyle(element);
    // Through the CSSOM, not setAttribute("style"): the page's CSP forbids inline style attributes.
    for (const name of inlinedProperties) targets[index]?.style.setProperty(name, computed.getPropertyValue(name));
  });
}

/** A line of text for the file's header or footer. */
function textLine(content: string, x: number, y: number, size: number, weight: number, fill: string): SVGTextElement {
  const text = document.createElementNS(svgNamespace, "text");
  Object.entries({
    x,
    y,
    "font-size": size,
    "font-weight": weight,
    fill,
    "font-family": "system-ui, sans-serif",
  }).forEach(([name, value]) => text.setAttribute(name, String(value)));
  text.textContent = content;
  return text;
}

/** What the file says around the chart. */
export interface SnapshotText {
  /** Chart title, and what the state shows. */
  lines: string[];
  /** The chart's source line: where the figures come from. */
  source?: string;
  /** Credit line: who made it and where the sources and data are. */
  credit: string;
}

/**
 * Serialises an on-screen SVG as a standalone file: computed styles inlined (the page's CSS
 * custom properties do not travel), shared shapes copied in, the page background behind it,
 * and around it, inside a margin, the title and caption above and the source line and credit
 * below, wrapped to the file's width, so the file makes sense on its own.
 */
export function svgSnapshot(svg: SVGSVGElement, text: SnapshotText): string {
  const chart = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, chart);
  inlineReferencedShapes(chart);
  chart.removeAttribute("aria-hidden");
  const [, , width = 800, height = 600] = (svg.getAttribute("viewBox") ?? "").split(/\s+/).map(Number);
  const size = Math.max(12, Math.round(width / 48));
  const small = size * 0.8;
  const margin = size;
  // About how many characters fit a line: a generous average advance, so a line never runs off.
  const wrap = (line: string, fontSize: number) => wrapText(line, Math.floor(width / (fontSize * 0.6)));
  const headerLines = text.lines.flatMap((line, index) =>
    wrap(line, size).map((part) => ({ part, isTitle: index === 0 })),
  );
  const footerLines = [...(text.source ? wrap(text.source, small) : []), ...wrap(text.credit, small)];
  const header = size * 1.5 * headerLines.length + size * 0.5;
  const footer = small * 1.4 * footerLines.length + small * 0.6;
  const fileWidth = width + 2 * margin;
  const fileHeight = margin + header + height + footer + margin;
  const file = document.createElementNS(svgNamespace, "svg");
  Object.entries({ xmlns: svgNamespace, role: "img", width: fileWidth, height: fileHeight }).forEach(([name, value]) =>
    file.setAttribute(name, String(value)),
  );
  file.setAttribute("viewBox", `0 0 ${fileWidth} ${fileHeight}`);
  const ink = getComputedStyle(document.documentElement).color;
  const background = document.createElementNS(svgNamespace, "rect");
  background.setAttribute("width", "100%");
  background.setAttribute("height", "100%");
  background.setAttribute("fill", getComputedStyle(document.documentElement).backgroundColor);
  file.append(background);
  headerLines.forEach(({ part, isTitle }, index) =>
    file.append(textLine(part, margin, margin + size * 1.5 * (index + 1) - size * 0.4, size, isTitle ? 700 : 400, ink)),
  );
  Object.entries({ x: margin, y: margin + header, width, height }).forEach(([name, value]) =>
    chart.setAttribute(name, String(value)),
  );
  file.append(chart);
  footerLines.forEach((part, index) =>
    file.append(textLine(part, margin, margin + header + height + small * 1.4 * (index + 1), small, 400, ink)),
  );
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(file)}`;
}

/** Offers `blob` as a file download named `fileName`. */
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement("a");
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Offers `text` as a file download named `fileName`. */
export function downloadText(text: string, fileName: string, type: string): void {
  downloadBlob(new Blob([text], { type }), fileName);
}
