import type { APIRoute } from "astro";
import { chartIds } from "../charts/registry.ts";
import { storyUpdatedOn } from "../site/storyUpdatedOn.ts";
import { absoluteUrl } from "../site/baseUrl.ts";

/**
 * The pages search engines should find: the story and each chart's embed pages. The previewer
 * and the storyboard are for editors (noindex) and stay out.
 */
export const GET: APIRoute = ({ site }) => {
  const modified = storyUpdatedOn();
  const pages = ["", ...chartIds.flatMap((chart) => [`embed/${chart}/`, `embed/${chart}/scrolly/`])];
  const urls = pages.map((page) => `<url><loc>${absoluteUrl(page, site)}</loc><lastmod>${modified}</lastmod></url>`);
  const xml = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${urls.join("")}</urlset>\n`;
  return new Response(xml, { headers: { "Content-Type": "application/xml; charset=utf-8" } });
};
