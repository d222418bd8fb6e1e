import { createRequire } from "node:module";
import path from "node:path";
import { Resvg } from "@resvg/resvg-js";
import type { StaticDrawing } from "../charts/shared/chartContract.ts";
import { palette } from "../charts/shared/palette.ts";
import { element, escapeXml } from "../charts/shared/svg.ts";
import { wrapText } from "../charts/shared/wrapText.ts";

/** The size social networks and messengers show a large card at. */
export const shareImageSize = { width: 1200, height: 630 } as const;

const fontDir = path.join(path.dirname(createRequire(import.meta.url).resolve("dejavu-fonts-ttf/package.json")), "ttf");

/**
 * A share card of one chart state: its title large enough to read as a thumbnail, the drawing
 * scaled into the middle, and a credit line, on the page's background. SVG, rasterised by
 * {@link renderPng}.
 */
export function shareCardSvg(options: { title: string; drawing: StaticDrawing; credit: string }): string {
  const { width, height } = shareImageSize;
  const { paper, ink } = palette.light;
  const muted = palette.light["ink-muted"];
  const margin = 40;
  // A tall drawing (a map) goes right of the title; a wide one (the line chart) under it.
  const isTall = options.drawing.width / options.drawing.height < 1.4;
  const titleSize = isTall ? 50 : 44;
  const titleLines = wrapText(options.title, isTall ? 17 : 44).slice(0, isTall ? 5 : 2);
  const creditLines = wrapText(options.credit, isTall ? 36 : 95).slice(0, isTall ? 4 : 2);
  const box = isTall
    ? { left: 540, top: margin, right: width - margin, bottom: height - margin }
    : {
        left: margin,
        top: margin + titleLines.length * (titleSize + 10) + 10,
        right: width - margin,
        bottom: height - margin - 40,
      };
  const scale = Math.min(
    (box.right - box.left) / options.drawing.width,
    (box.bottom - box.top) / options.drawing.height,
  );
  const [drawnWidth, drawnHeight] = [options.drawing.width * scale, options.drawing.height * scale];
  const drawing = options.drawing.svg
    .replace(/^(<svg[^>]*?)\swidth="[\d.]+"\s+height="[\d.]+"/, "$1")
    .replace(
      /^<svg/,
      `<svg x="${box.left + (box.right - box.left - drawnWidth) / 2}" y="${box.top}" width="${drawnWidth}" height="${drawnHeight}"`,
    );
  const text = (content: string, x: number, y: number, size: number, weight: number, fill: string) =>
    element(
      "text",
      { x, y, "font-family": "DejaVu Sans", "font-size": size, "font-weight": weight, fill },
      escapeXml(content),
    );
  const creditTop = height - margin - (creditLines.length - 1) * 30;
  return element("svg", { xmlns: "http://www.w3.org/2000/svg", width, height, viewBox: `0 0 ${width} ${height}` }, [
    element("rect", { width, height, fill: paper }),
    ...titleLines.map((line, index) =>
      text(line, margin, margin + titleSize + index * (titleSize + 10), titleSize, 700, ink),
    ),
    drawing,
    ...creditLines.map((line, index) => text(line, margin, creditTop + index * 30, 22, 400, muted)),
  ]);
}

/**
 * An SVG as PNG, drawn with the fonts the project ships (DejaVu, from npm) rather than whatever
 * the building machine has, so every build draws the same picture.
 */
export function renderPng(svg: string, zoom = 1): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "zoom", value: zoom },
    font: {
      loadSystemFonts: false,
      fontDirs: [fontDir],
      defaultFontFamily: "DejaVu Sans",
      sansSerifFamily: "DejaVu Sans",
      serifFamily: "DejaVu Serif",
    },
  });
  return resvg.render().asPng();
}
