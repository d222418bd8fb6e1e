import type { APIRoute, GetStaticPaths } from "astro";
import { getCharts } from "../../charts/getCharts.ts";
import { chartIds, charts } from "../../charts/registry.ts";
import { renderPng, shareCardSvg } from "../../share/shareImage.ts";
import { siteConfig } from "../../site/siteConfig.ts";

/**
 * Each chart's share image (1200×630 PNG): the state its contract chooses (`shareState`), with the
 * title and a credit line drawn in. Cards, oEmbed thumbnails and the story's own card use them.
 */
/** The first words of `text`, cut at a word before `length` characters (with an ellipsis). */
function shorten(text: string, length: number): string {
  const sentence = text.replace(/;.*$/, "").replace(/\.$/, "");
  if (sentence.length <= length) return `${sentence}.`;
  return `${sentence.slice(0, sentence.lastIndexOf(" ", length))}…`;
}

export const getStaticPaths = (async () => {
  const prepared = await getCharts();
  return chartIds.map((chart) => {
    const drawing = prepared[chart].drawings(prepared[chart].shareState)[0];
    if (!drawing) throw new Error(`Chart "${chart}" has no drawing of its share state.`);
    const credit = `${siteConfig.publisher} · ${shorten(prepared[chart].sourceNote, 110)}`;
    return {
      params: { chart },
      props: { png: renderPng(shareCardSvg({ title: charts[chart].title, drawing, credit })) },
    };
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ png: Buffer }> = ({ props }) =>
  new Response(new Uint8Array(props.png), { headers: { "Content-Type": "image/png" } });
