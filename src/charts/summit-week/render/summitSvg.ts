import { countryMarksSvg } from "../../shared/eurasia/countryMarksSvg.ts";
import { mapLabelsSvg } from "../../shared/eurasia/mapLabelsSvg.ts";
import { eurasiaMapSvg, type MapDrawingOptions } from "../../shared/eurasia/eurasiaMapSvg.ts";
import { element } from "../../shared/svg.ts";
import { cityRadius } from "../labels.ts";
import type { SummitScene } from "../layout.ts";
import { routeAttributes } from "./routeAttributes.ts";

/** Options of {@link summitSvg}. */
/** What a page or a standalone file asks of the summit map's drawing. */
export type SummitSvgOptions = MapDrawingOptions;

/** The journeys of the week: each leg a curve with its arrowhead, drawn as far as the state says. */
function routesSvg(scene: SummitScene): string {
  const routeOf = new Map(scene.routes.map((route) => [route.key, route]));
  return element(
    "g",
    { class: "map-routes" },
    scene.geometry.map((route) => {
      const state = routeOf.get(route.key);
      return element(
        "g",
        {
          "data-route": route.key,
          "data-assumed": route.isAssumed ? "true" : undefined,
          ...(state ? routeAttributes(state) : {}),
        },
        [element("path", { d: route.d, pathLength: 1 }), element("path", { d: route.arrow, class: "route-arrow" })],
      );
    }),
  );
}

/** The cities the journeys start and end in. */
function citiesSvg(scene: SummitScene): string {
  return element(
    "g",
    { class: "map-cities" },
    scene.cities.map((city) =>
      element("circle", { cx: city.x, cy: city.y, r: cityRadius(city), "data-city": city.key }),
    ),
  );
}

/**
 * The summit map of one state: each country that came coloured by how it was represented (a
 * state's guests outlined), every leg of the week as a curve with its arrowhead (dotted where no
 * source states the start), the cities, and the names with their leader lines.
 */
export function summitSvg(scene: SummitScene, options: SummitSvgOptions): string {
  const { geography } = scene;
  const guests = new Set(scene.guests);
  const mark = (key: string) => ({
    "data-key": key,
    "data-attendance": scene.attendance[key],
    "data-guest": guests.has(key) ? "" : undefined,
  });
  return eurasiaMapSvg("summit-map", geography, scene.description, options, [
    ...countryMarksSvg(geography, Object.keys(scene.attendance), mark),
    routesSvg(scene),
    citiesSvg(scene),
    mapLabelsSvg(scene.labelNodes, scene.labels),
  ]);
}
