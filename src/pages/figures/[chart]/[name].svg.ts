import type { APIRoute, GetStaticPaths } from "astro";
import { getCharts } from "../../../charts/getCharts.ts";
import { chartIds } from "../../../charts/registry.ts";
import { getStory } from "../../../story/getStory.ts";

/**
 * Every chart state as an SVG file of its own: each state of each chart, plus each story step's
 * drawing where the chart says what changed since the step before. Step figures, the storyboard
 * and the share images use these files.
 */
export const getStaticPaths = (async () => {
  const charts = await getCharts();
  const steps = (await getStory()).flatMap((section) => section.steps);
  return chartIds.flatMap((chart) => {
    const prepared = charts[chart];
    const drawings = [
      ...prepared.states.flatMap((state) => prepared.drawings(state.id)),
      ...steps.filter((step) => step.chart === chart).flatMap((step) => prepared.drawings(step.state, step.since)),
    ];
    const unique = new Map(drawings.map((drawing) => [drawing.name, drawing]));
    return [...unique.values()].map((drawing) => ({
      params: { chart, name: drawing.name },
      props: { svg: drawing.svg },
    }));
  });
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ svg: string }> = ({ props }) =>
  new Response(props.svg, { headers: { "Content-Type": "image/svg+xml; charset=utf-8" } });
