import { geoConicEqualArea, geoPath, geoCentroid, type GeoPermissibleObjects } from "d3-geo";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import type { Topology, GeometryCollection } from "topojson-specification";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import coarseWorld from "world-atlas/countries-110m.json" with { type: "json" };
import detailedWorld from "world-atlas/countries-50m.json" with { type: "json" };

/** A country outline on the map: an ISO3 key, its name and an SVG path in viewBox units. */
export interface CountryShape {
  key: string;
  name: string;
  d: string;
}

/** A country too small for the 1:110m outlines, drawn as a dot at its centroid. */
export interface CountryDot {
  key: string;
  name: string;
  cx: number;
  cy: number;
}

/** The static part of the map: the same for every state, so it is computed once. */
export interface MembershipGeography {
  width: number;
  height: number;
  shapes: CountryShape[];
  dots: CountryDot[];
  /** Where a label for each focus country is anchored: its projected centroid (or its dot). */
  anchors: Record<string, readonly [number, number]>;
}

/** Keys for Natural Earth units without an ISO numeric code (user-assigned codes). */
const keysWithoutIsoCode: Record<string, string> = { Kosovo: "XKX", "N. Cyprus": "XNC", Somaliland: "XSL" };

type CountryProperties = { name: string };
type CountryFeature = Feature<Geometry, CountryProperties>;

function countriesOf(topology: unknown): CountryFeature[] {
  const world = topology as Topology<{ countries: GeometryCollection<CountryProperties> }>;
  return (feature(world, world.objects.countries) as FeatureCollection<Geometry, CountryProperties>).features;
}

function keyOf(country: CountryFeature): string {
  return countryCodes.numericToAlpha3(String(country.id)) ?? keysWithoutIsoCode[country.properties.name] ?? "";
}

/** Width of the map's viewBox; the height follows from the countries in view. */
const mapWidth = 960;
/** Padding around the fitted countries, in viewBox units. */
const mapPadding = 12;

/**
 * Projects Natural Earth countries for a map of Eurasia framed on `focusKeys` (every country
 * the SCO data mentions). Equal-area conic centred on Central Asia, so areas compare fairly.
 * Countries missing from the 1:110m set (Bahrain, Maldives) become dots from the 1:50m set.
 */
export function layoutMembershipGeography(focusKeys: ReadonlySet<string>): MembershipGeography {
  const coarse = countriesOf(coarseWorld);
  const focus = coarse.filter((country) => focusKeys.has(keyOf(country)));
  const coarseKeys = new Set(coarse.map(keyOf));
  const missing = countriesOf(detailedWorld).filter((c) => focusKeys.has(keyOf(c)) && !coarseKeys.has(keyOf(c)));

  const projection = geoConicEqualArea().parallels([20, 55]).rotate([-78, 0]);
  const framed: GeoPermissibleObjects = { type: "FeatureCollection", features: [...focus, ...missing] };
  projection.fitWidth(mapWidth - 2 * mapPadding, framed);
  const path = geoPath(projection).digits(1);
  const [[, top], [, bottom]] = path.bounds(framed);
  const height = Math.ceil(bottom - top + 2 * mapPadding);
  projection.translate([projection.translate()[0] + mapPadding, projection.translate()[1] - top + mapPadding]);
  projection.clipExtent([
    [0, 0],
    [mapWidth, height],
  ]);

  const shapes = coarse
    .map((country) => ({ key: keyOf(country), name: country.properties.name, d: path(country) ?? "" }))
    .filter((shape) => shape.key !== "" && shape.d !== "");
  const dots = missing.map((country) => {
    const [cx, cy] = projection(geoCentroid(country)) ?? [0, 0];
    return { key: keyOf(country), name: country.properties.name, cx: Math.round(cx), cy: Math.round(cy) };
  });
  const anchors: Record<string, readonly [number, number]> = Object.fromEntries([
    ...focus.map((country) => {
      const [x, y] = path.centroid(country);
      return [keyOf(country), [Math.round(x), Math.round(y)]] as const;
    }),
    ...dots.map((dot) => [dot.key, [dot.cx, dot.cy]] as const),
  ]);
  return { width: mapWidth, height, shapes, dots, anchors };
}
