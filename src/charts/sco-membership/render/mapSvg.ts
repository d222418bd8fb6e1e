import { countryMarksSvg } from "../../shared/eurasia/countryMarksSvg.ts";
import { mapLabelsSvg } from "../../shared/eurasia/mapLabelsSvg.ts";
import { eurasiaMapSvg, type MapDrawingOptions } from "../../shared/eurasia/eurasiaMapSvg.ts";
import type { MembershipScene } from "../layout.ts";
import { mapName } from "../../shared/eurasia/mapName.ts";

/** Options of {@link mapSvg}. */
export interface MapSvgOptions extends MapDrawingOptions {
  /** Names the map must carry (hidden unless this state places them), so the updater can show them later. */
  labelKeys?: readonly string[];
}

/**
 * The map of one state: the land through one `<use>` of the shared outlines, each country the
 * data mentions through its own `<use>` coloured by `data-status`, small states as dots, and
 * the names of the countries that changed, with leader lines where a name stands off its country. The outlines are not in it (see eurasiaDefs.ts).
 */
export function mapSvg(scene: MembershipScene, options: MapSvgOptions): string {
  const { geography, statuses, names } = scene;
  const changed = new Set(scene.changedKeys);
  const labelKeys = [...new Set([...(options.labelKeys ?? []), ...scene.labels.map((label) => label.key)])];
  const mark = (key: string) => ({
    "data-key": key,
    "data-status": statuses[key] ?? "none",
    "data-changed": changed.has(key) ? "" : undefined,
  });
  return eurasiaMapSvg("membership-map", geography, scene.description, options, [
    ...countryMarksSvg(geography, Object.keys(statuses), mark, { "data-status": "none" }),
    mapLabelsSvg(
      labelKeys.map((key) => ({ key, text: mapName(names[key] ?? key) })),
      scene.labels,
    ),
  ]);
}
