import { defineChart, type PreparedChart, type StaticDrawing } from "../shared/chartContract.ts";
import { eurasiaDefs } from "../shared/eurasia/eurasiaDefs.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import type { EurasiaGeography } from "../shared/eurasia/geography.ts";
import { siteOf } from "../shared/format.ts";
import { mapDrawings } from "../shared/mapDrawings.ts";
import { standaloneSvg } from "../shared/standaloneSvg.ts";
import { membershipClaims } from "./claims.ts";
import { layoutMembershipChart, layoutMembershipFrame, type MembershipFrame, type MembershipScene } from "./layout.ts";
import marksCss from "./render/membership-marks.css?raw";
import MembershipFigure from "./render/MembershipFigure.astro";
import MembershipTable from "./render/MembershipTable.astro";
import { mapSvg } from "./render/mapSvg.ts";
import {
  listMembershipStates,
  membershipSummaryState,
  membershipScrub,
  previousMembershipState,
  type MembershipRows,
} from "./states.ts";
import { statusLabels } from "./words.ts";

/** The SCO map, prepared: its rows and geography, and each state's scene. */
export interface PreparedMembershipChart extends PreparedChart<MembershipFrame> {
  rows: MembershipRows;
  geography: EurasiaGeography;
  sceneFor(stateId: string, since?: string): MembershipScene;
}

/** "Source: …" naming how many distinct sites the rows cite, so the note follows the data. */
function describeSources(rows: MembershipRows): string {
  const sites = new Set(rows.map((row) => siteOf(row.source_url)));
  return (
    `Source: SCO summit decisions as reported by the SCO and ${sites.size - 1} news and government sites. ` +
    "A status counts from the year of the summit decision; the map keeps the labels in use before the 2025 reform."
  );
}

function drawings(scene: MembershipScene, name: string): StaticDrawing[] {
  const { geography } = scene;
  return mapDrawings(name, (textSize, labelCss) =>
    standaloneSvg({
      chart: mapSvg(scene, { idPrefix: `file-${name}`, title: `The SCO at the end of ${scene.year}` }),
      chartWidth: geography.width,
      chartHeight: geography.height,
      defs: eurasiaDefs(geography),
      css: marksCss + labelCss,
      heading: [String(scene.year), scene.caption],
      legend: scene.counts.map((entry) => ({ swatch: { "data-status": entry.status }, label: entry.label })),
      width: geography.width,
      textSize,
    }),
  );
}

/** How the Shanghai Cooperation Organization grew, year by year since 1996, on a map of Eurasia. */
export default defineChart({
  title: "How the Shanghai Cooperation Organization grew",
  description: "Members, observers and dialogue partners of the SCO and its forerunner, year by year since 1996.",
  dataset: "membership",
  prepare(data): PreparedMembershipChart {
    const rows = data.membership;
    const geography = eurasiaFor(data);
    const stateIds = listMembershipStates(rows);
    const summaryState = membershipSummaryState(rows);
    return {
      rows,
      geography,
      states: stateIds.map((id) => {
        const frame = layoutMembershipFrame(rows, id, geography);
        return { id, label: id, description: frame.description, announcement: frame.announcement };
      }),
      summaryState,
      shareState: summaryState,
      sourceNote: describeSources(rows),
      frames: (sequence) =>
        sequence.map((stateId, index) => layoutMembershipFrame(rows, stateId, geography, sequence[index - 1])),
      drawings: (stateId, since) => {
        const scene = layoutMembershipChart(rows, stateId, geography, since);
        const isDefault = since === undefined || since === previousMembershipState(rows, stateId);
        return drawings(scene, isDefault ? stateId : `${stateId}-since-${since}`);
      },
      sceneFor: (stateId, since) => layoutMembershipChart(rows, stateId, geography, since),
      // A step scrubs through the years in which something changed, each drawn as its own state.
      scrub: membershipScrub(rows),
      pageDefs: () =>
        `<svg class="geometry-sprite" aria-hidden="true" focusable="false">${eurasiaDefs(geography)}</svg>`,
      claims: membershipClaims(rows),
    };
  },
  Figure: MembershipFigure,
  Table: MembershipTable,
});

/** Reader-facing status names, for the legend of the live figure. */
export { statusLabels };
