import { measureText } from "./measureText.ts";
import { palette, type ColorToken } from "./palette.ts";
import { element, escapeXml } from "./svg.ts";
import { wrapText } from "./wrapText.ts";

/** A swatch and its words, for a legend drawn into a file. */
export interface LegendEntry {
  /** Attributes that colour the swatch through the chart's own CSS (e.g. `data-status`). */
  swatch: Record<string, string>;
  label: string;
}

/** What a standalone file holds around the drawing. */
export interface StandaloneParts {
  /** The drawing: a complete `<svg>` with its own viewBox (it is nested and scaled). */
  chart: string;
  chartWidth: number;
  chartHeight: number;
  /** Definitions the drawing needs (shared outlines). */
  defs?: string;
  /** The chart's stylesheet (page tokens as `var(--color-…)`). */
  css: string;
  /** Lines above the drawing: the first bold (a year or title), the rest regular. */
  heading: readonly string[];
  legend?: readonly LegendEntry[];
  /** A line under the drawing (credit, source). */
  footer?: string;
  /** Width of the file; the drawing is scaled to fit. */
  width: number;
  /** Size of the heading's text in file units (the legend's is 0.9 of it); by default a fiftieth of the width. */
  textSize?: number;
}

/** The chart's CSS with the page's colour tokens written out for one scheme (files have no page tokens). */
function withTokens(css: string, scheme: "light" | "dark"): string {
  return css.replace(
    /var\(--color-([a-z-]+)\)/g,
    (match, name: string) => palette[scheme][name as ColorToken] ?? match,
  );
}

/** CSS without its comments and extra spaces: a file carries only the rules. */
function compact(css: string): string {
  return css
    .replace(/\/\*[\s\S]*?\*\//g, "")
    .replace(/\s+/g, " ")
    .replace(/\s*([{};:,>])\s*/g, "$1")
    .trim();
}

const fileCss = `.file-text{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;fill:var(--color-ink)}.file-muted{fill:var(--color-ink-muted)}.file-paper{fill:var(--color-paper)}`;

/** The heading's lines (the first in bold), wrapped to the width, from `y` down; and the last baseline. */
function headingTexts(
  heading: StandaloneParts["heading"],
  width: number,
  size: number,
  line: number,
  y: number,
): { texts: string[]; y: number } {
  const texts: string[] = [];
  // Bold runs wider (DejaVu Sans Bold averages about 0.62 of the size a character, regular 0.56).
  const charsPerLine = (isBold: boolean) => Math.floor(width / (size * (isBold ? 0.62 : 0.56)));
  let baseline = y;
  heading.forEach((text, index) => {
    for (const wrapped of wrapText(text, charsPerLine(index === 0))) {
      baseline += line;
      const weight = index === 0 ? 700 : 400;
      texts.push(
        element(
          "text",
          { x: 0, y: baseline, class: "file-text", "font-size": size, "font-weight": weight },
          escapeXml(wrapped),
        ),
      );
    }
  });
  return { texts, y: baseline };
}

/** The legend's swatches and labels in rows that fit the width, the first on baseline `y`; and the last baseline. */
function legendGroup(
  entries: NonNullable<StandaloneParts["legend"]>,
  width: number,
  size: number,
  line: number,
  y: number,
): { svg: string; y: number } {
  let x = 0;
  let baseline = y;
  const legend: string[] = [];
  for (const entry of entries) {
    const entryWidth = size * 1.1 + measureText(entry.label, size * 0.9);
    // An entry that would run past the edge starts a new row.
    if (x > 0 && x + entryWidth > width) {
      x = 0;
      baseline += line;
    }
    legend.push(
      element("rect", { x, y: baseline - size * 0.8, width: size * 0.8, height: size * 0.8, rx: 2, ...entry.swatch }),
    );
    legend.push(
      element(
        "text",
        { x: x + size * 1.1, y: baseline, class: "file-text", "font-size": size * 0.9 },
        escapeXml(entry.label),
      ),
    );
    x += entryWidth + size * 1.2;
  }
  return { svg: element("g", { class: "file-legend" }, legend), y: baseline };
}

/**
 * A standalone SVG file of one chart state, readable on its own: the page background, the
 * heading, a legend, the drawing and a footer, with the chart's styles in light colours and, for
 * viewers that honour it, dark ones. Used for the static figures (no JavaScript, print, the
 * fallback), the storyboard and the share images.
 */
export function standaloneSvg(parts: StandaloneParts): { svg: string; width: number; height: number } {
  const size = parts.textSize ?? Math.max(14, Math.round(parts.width / 50));
  const line = Math.round(size * 1.35);
  const heading = headingTexts(parts.heading, parts.width, size, line, size);
  const legend = parts.legend?.length
    ? legendGroup(parts.legend, parts.width, size, line, heading.y + line)
    : undefined;
  const texts = [...heading.texts, ...(legend ? [legend.svg] : [])];
  const y = legend?.y ?? heading.y;
  const top = y + size * 0.8;
  const chartHeight = Math.round((parts.chartHeight * parts.width) / parts.chartWidth);
  const nested = parts.chart.replace(/^<svg/, `<svg x="0" y="${top}" width="${parts.width}" height="${chartHeight}"`);
  const footerY = top + chartHeight + line;
  const height = Math.ceil(footerY + (parts.footer ? size : 0));
  const footer = parts.footer
    ? element(
        "text",
        { x: 0, y: footerY, class: "file-text file-muted", "font-size": size * 0.8 },
        escapeXml(parts.footer),
      )
    : "";
  const rules = compact(fileCss + parts.css);
  const css = `${withTokens(rules, "light")}@media (prefers-color-scheme: dark){${withTokens(rules, "dark")}}`;
  const svg = element(
    "svg",
    { xmlns: "http://www.w3.org/2000/svg", viewBox: `0 0 ${parts.width} ${height}`, width: parts.width, height },
    [
      // CDATA: a rule's selector may hold ">" and the file must stay well-formed XML.
      element("style", {}, `<![CDATA[${css}]]>`),
      parts.defs ?? "",
      element("rect", { width: "100%", height: "100%", class: "file-paper" }),
      ...texts,
      nested,
      footer,
    ],
  );
  return { svg, width: parts.width, height };
}
