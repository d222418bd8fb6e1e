import type { APIRoute, GetStaticPaths } from "astro";
import { chartIds, charts, type ChartId } from "../../charts/registry.ts";
import { embedSnippet, fallbackEmbedHeight } from "../../embed/embedSnippet.ts";
import { shareImageSize } from "../../share/shareImage.ts";
import { absoluteUrl } from "../../site/baseUrl.ts";
import { siteConfig } from "../../site/siteConfig.ts";

/**
 * oEmbed (https://oembed.com) for each chart's embed page, which links it: a CMS that reads
 * oEmbed discovery can embed a chart from its URL alone. The `html` is the same snippet as the
 * story's "Embed this chart" control.
 */
export const getStaticPaths = (() => chartIds.map((chart) => ({ params: { chart } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params, site }) => {
  const chart = params.chart as ChartId;
  const { title } = charts[chart];
  const body = {
    version: "1.0",
    type: "rich",
    title,
    provider_name: siteConfig.publisher,
    provider_url: absoluteUrl("", site),
    html: embedSnippet({
      embedUrl: absoluteUrl(`embed/${chart}/`, site),
      scriptUrl: absoluteUrl("embed.js", site),
      title,
    }),
    width: 760,
    height: fallbackEmbedHeight,
    thumbnail_url: absoluteUrl(`share/${chart}.png`, site),
    thumbnail_width: shareImageSize.width,
    thumbnail_height: shareImageSize.height,
  };
  return new Response(JSON.stringify(body), { headers: { "Content-Type": "application/json+oembed; charset=utf-8" } });
};
