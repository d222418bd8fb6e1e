import { landId, outlineId } from "../../shared/eurasia/eurasiaDefs.ts";
import { dotRadius } from "../../shared/eurasia/geography.ts";
import { mapLabelsSvg } from "../../shared/eurasia/mapLabelsSvg.ts";
import { chartSvg, element, type Attributes } from "../../shared/svg.ts";
import { cityRadius } from "../labels.ts";
import type { SummitScene } from "../layout.ts";
import { routeAttributes } from "./routeAttributes.ts";

/** Options of {@link summitSvg}. */
export interface SummitSvgOptions {
  idPrefix: string;
  title: string;
  isDecorative?: boolean;
  root?: Attributes;
}

/**
 * The summit map of one state: the land through the shared outlines, each country that came
 * coloured by how it was represented (a state's guests outlined), every leg of the week as a
 * curve with its arrowhead (dotted where no source states the start), the cities, and the names
 * with their leader lines.
 */
export function summitSvg(scene: SummitScene, options: SummitSvgOptions): string {
  const { geography } = scene;
  const isDecorative = options.isDecorative ?? false;
  const routeOf = new Map(scene.routes.map((route) => [route.key, route]));
  const guests = new Set(scene.guests);
  return chartSvg(
    {
      attributes: { class: "summit-map" },
      width: geography.width,
      height: geography.height,
      idPrefix: options.idPrefix,
      title: options.title,
      description: scene.description,
      isDecorative,
      root: options.root,
    },
    [
      element("use", { href: `#${landId}`, class: "map-land" }),
      element(
        "g",
        { class: "map-countries" },
        Object.entries(scene.attendance)
          .filter(([key]) => geography.anchors[key] && !geography.dots.some((dot) => dot.key === key))
          .map(([key, attendance]) =>
            element("use", {
              href: `#${outlineId(key)}`,
              "data-key": key,
              "data-attendance": attendance,
              "data-guest": guests.has(key) ? "" : undefined,
            }),
          ),
      ),
      element(
        "g",
        { class: "map-dots" },
        geography.dots
          .filter((dot) => scene.attendance[dot.key])
          .map((dot) =>
            element("circle", {
              cx: dot.cx,
              cy: dot.cy,
              r: dotRadius,
              "data-key": dot.key,
              "data-attendance": scene.attendance[dot.key],
            }),
          ),
      ),
      element(
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
      ),
      element(
        "g",
        { class: "map-cities" },
        scene.cities.map((city) =>
          element("circle", { cx: city.x, cy: city.y, r: cityRadius(city), "data-city": city.key }),
        ),
      ),
      mapLabelsSvg(scene.labelNodes, scene.labels),
    ],
  );
}
