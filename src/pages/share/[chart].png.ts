import type { APIRoute, GetStaticPaths } from "astro";
import { getCharts } from "../../charts/getCharts.ts";
import { chartIds, charts } from "../../charts/registry.ts";
import { renderPng, shareCardSvg } from "../../share/shareImage.ts";
import { siteConfig } from "../../site/siteConfig.ts";

/**
 * Each chart's share image (1200×630 PNG): the state its contract chooses (`shareState`), with the
 * title and a credit line drawn in. Cards, oEmbed thumbnails and the story's own card use them.
 * The drawing is the state's last one, made for small screens: its words are the largest for its
 * size, and a thumbnail is a small screen. The sources stay with the story and the chart, where
 * they can be read in full; a card says where to find them.
 */
export const getStaticPaths = (async () => {
  const prepared = await getCharts();
  return chartIds.map((chart) => {
    const drawing = prepared[chart].drawings(prepared[chart].shareState).at(-1);
    if (!drawing) throw new Error(`Chart "${chart}" has no drawing of its share state.`);
    const credit = `${siteConfig.publisher} · sources and data with the story`;
    return {
      params: { chart },
      props: { png: renderPng(shareCardSvg({ title: charts[chart].title, drawing, credit })) },
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ png: Buffer }> = ({ props }) =>
  new Response(new Uint8Array(props.png), { headers: { "Content-Type": "image/png" } });
