import { defineChart, type PreparedChart } from "../shared/chartContract.ts";
import { eurasiaDefs } from "../shared/eurasia/eurasiaDefs.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { siteOf } from "../shared/format.ts";
import { mapDrawings } from "../shared/mapDrawings.ts";
import { standaloneSvg } from "../shared/standaloneSvg.ts";
import { summitClaims } from "./claims.ts";
import { layoutSummitChart, layoutSummitFrame, type SummitScene } from "./layout.ts";
import { buildSummitModel, type SummitModel } from "./model.ts";
import marksCss from "./render/summit-marks.css?raw";
import SummitFigure from "./render/SummitFigure.astro";
import SummitTable from "./render/SummitTable.astro";
import { summitSvg } from "./render/summitSvg.ts";
import { summitStateIds, summitStateSpecs, summitSummaryState } from "./states.ts";

/** The summit map, prepared: its model, legend and each state's scene. */
export interface PreparedSummitChart extends PreparedChart {
  model: SummitModel;
  legend: { key: string; label: string }[];
  sceneFor(stateId: string): SummitScene;
}

const legend = [
  { key: "leader", label: "Leader in person" },
  { key: "minister", label: "Minister" },
  { key: "other-senior", label: "Other envoy" },
  // The data marks Afghanistan's absence as unverified: it is on no attendance list found.
  { key: "absent", label: "Not on any list found" },
];

/** Who came to Astana on 4 July 2024, and the leaders' journeys of that week, on the map of Eurasia. */
export default defineChart({
  title: "Who came to Astana, and where Modi went instead",
  description:
    "How each state was represented at the SCO summit in Astana on 4 July 2024, and the leaders' journeys of that week, 2-9 July.",
  dataset: "attendance",
  prepare(data): PreparedSummitChart {
    const geography = eurasiaFor(data);
    const model = buildSummitModel(data, geography);
    const sceneFor = (stateId: string) => layoutSummitChart(model, stateId, geography);
    return {
      model,
      legend,
      states: summitStateIds.map((id) => {
        const frame = layoutSummitFrame(model, id, geography);
        return {
          id,
          label: summitStateSpecs[id].label,
          description: frame.description,
          announcement: frame.announcement,
        };
      }),
      summaryState: summitSummaryState,
      shareState: summitSummaryState,
      sourceNote: `Source: SCO summit attendance and the leaders' journeys as reported by ${
        new Set([...model.attendance, ...model.legs.map((leg) => leg.row)].map((row) => siteOf(row.source_url))).size
      } news agencies, governments and the UN; city positions approximate.`,
      frames: (sequence) => sequence.map((stateId) => layoutSummitFrame(model, stateId, geography)),
      drawings: (stateId) => {
        const scene = sceneFor(stateId);
        return mapDrawings(stateId, (textSize, labelCss) =>
          standaloneSvg({
            chart: summitSvg(scene, { idPrefix: `file-${stateId}`, title: "The SCO summit week, July 2024" }),
            chartWidth: geography.width,
            chartHeight: geography.height,
            defs: eurasiaDefs(geography),
            css: marksCss + labelCss,
            heading: [scene.caption],
            legend: [
              ...legend.map((entry) => ({ swatch: { "data-attendance": entry.key }, label: entry.label })),
              ...(scene.legendNote ? [{ swatch: { "data-guest": "" }, label: scene.legendNote }] : []),
            ],
            width: geography.width,
            textSize,
          }),
        );
      },
      sceneFor,
      pageDefs: () =>
        `<svg class="geometry-sprite" aria-hidden="true" focusable="false">${eurasiaDefs(geography)}</svg>`,
      claims: summitClaims(model.attendance),
    };
  },
  Figure: SummitFigure,
  Table: SummitTable,
});
