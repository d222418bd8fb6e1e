import type { APIRoute, GetStaticPaths } from "astro";
import { chartSequences } from "../../../charts/chartSequences.ts";
import { getCharts } from "../../../charts/getCharts.ts";
import { encodeFrames } from "../../../charts/shared/frameDelta.ts";
import { getStory } from "../../../story/getStory.ts";

/**
 * The frames each figure's browser updater moves between, one file per sequence of states (a
 * story section's steps, or every state for the embeds), fetched once and cached: the reading
 * page carries none of it.
 */
export const getStaticPaths = (async () => {
  const charts = await getCharts();
  return chartSequences(await getStory(), charts).map((sequence) => ({
    params: { chart: sequence.chart, name: sequence.name },
    props: {
      frames: encodeFrames(charts[sequence.chart].frames([...new Set(sequence.states)], new Set(sequence.scrubbed))),
    },
  }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ frames: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.frames), { headers: { "Content-Type": "application/json; charset=utf-8" } });
