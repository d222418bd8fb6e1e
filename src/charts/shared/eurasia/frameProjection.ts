import { geoBounds, geoConicEqualArea, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, Geometry } from "geojson";

/**
 * Latitudes a country must lie within to set the frame. A country reaching beyond them
 * (Russia, to the Arctic) does not stretch the map: the frame's edge cuts it, so the map is
 * much wider than tall and fits a phone's upper half.
 */
export const frameLatitudes = [-10, 60] as const;

/** Width of the map's viewBox; the height follows from what is in view. */
export const mapWidth = 960;
/** Padding around the fitted countries and places, in viewBox units. */
const mapPadding = 10;

/** True when a country lies wholly inside {@link frameLatitudes} and does not cross the antimeridian. */
export function isInFrameBand(country: Feature<Geometry>): boolean {
  const [[west, south], [east, north]] = geoBounds(country);
  return south >= frameLatitudes[0] && north <= frameLatitudes[1] && west <= east;
}

/**
 * The map's projection, fitted to the countries inside the band and to the places that must be
 * in view (the cities of the journeys), and clipped to the frame. Equal-area conic centred on
 * Central Asia, so areas compare fairly; standard parallels near a sixth from either end of the
 * band in view (about 0° to 57°N), where such a conic keeps shapes truest.
 */
export function fitProjection(
  countries: readonly Feature<Geometry>[],
  places: readonly (readonly [number, number])[],
): { projection: GeoProjection; height: number } {
  const framed = {
    type: "GeometryCollection" as const,
    geometries: [
      ...countries.filter(isInFrameBand).map((country) => country.geometry),
      { type: "MultiPoint" as const, coordinates: places.map(([lon, lat]) => [lon, lat]) },
    ],
  };
  const projection = geoConicEqualArea().parallels([10, 40]).rotate([-75, 0]);
  projection.fitWidth(mapWidth - 2 * mapPadding, framed);
  const [[, top], [, bottom]] = geoPath(projection).bounds(framed);
  const height = Math.ceil(bottom - top + 2 * mapPadding);
  projection.translate([projection.translate()[0] + mapPadding, projection.translate()[1] - top + mapPadding]);
  projection.clipExtent([
    [0, 0],
    [mapWidth, height],
  ]);
  return { projection, height };
}
