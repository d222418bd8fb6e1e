import type { APIRoute, GetStaticPaths } from "astro";
import { chartSequences } from "../../../charts/chartSequences.ts";
import { getCharts } from "../../../charts/getCharts.ts";
import { encodeFrames } from "../../../charts/shared/frameDelta.ts";
import { getStory } from "../../../story/getStory.ts";

/**
 * The frames each figure's browser updater moves between, one file per sequence of states (a
 * story section's steps, or every state for the embeds) and per variant of a chart that has
 * them, fetched once and cached: the reading page carries none of it.
 */
export const getStaticPaths = (async () => {
  const charts = await getCharts();
  return chartSequences(await getStory(), charts).flatMap((sequence) => {
    const chart = charts[sequence.chart];
    const states = [...new Set(sequence.states)];
    const scrubbed = new Set(sequence.scrubbed);
    // A chart with variants gets a file per variant (`<name>.<variant>.json`), none without.
    const variants = chart.frameVariants ?? [undefined];
    return variants.map((variant) => ({
      params: { chart: sequence.chart, name: variant ? `${sequence.name}.${variant}` : sequence.name },
      props: { frames: encodeFrames(chart.frames(states, scrubbed, variant)) },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ frames: unknown }> = ({ props }) =>
  new Response(JSON.stringify(props.frames), { headers: { "Content-Type": "application/json; charset=utf-8" } });
