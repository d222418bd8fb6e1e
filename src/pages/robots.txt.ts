import type { APIRoute } from "astro";
import { absoluteUrl } from "../site/baseUrl.ts";

/** Crawlers may read everything (editors' pages carry noindex); the sitemap lists what to index. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl("sitemap.xml", site)}\n`, {
    headers: { "Content-Type": "text/plain; charset=utf-8" },
  });
