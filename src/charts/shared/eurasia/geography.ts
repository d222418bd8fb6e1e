import { geoCentroid, geoConicEqualArea, geoPath, type GeoPermissibleObjects, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import coarseWorld from "world-atlas/countries-110m.json" with { type: "json" };
import detailedWorld from "world-atlas/countries-50m.json" with { type: "json" };
import { relativePath } from "../relativePath.ts";

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

/**
 * The map of Eurasia both map charts draw on: the same projection, frame and outlines, so the
 * page writes the outlines once (EurasiaSprite.astro) and every map draws them through `<use>`.
 */
export interface EurasiaGeography {
  width: number;
  height: number;
  shapes: CountryShape[];
  dots: CountryDot[];
  /** Where a label for each framed country is anchored: its projected centroid (or its dot). */
  anchors: Record<string, readonly [number, number]>;
  /** Projects [longitude, latitude] to viewBox units (cities, routes). */
  project(point: readonly [number, number]): [number, number];
}

/** Keys for Natural Earth units without an ISO numeric code (user-assigned codes). */
const keysWithoutIsoCode: Record<string, string> = { Kosovo: "XKX", "N. Cyprus": "XNC", Somaliland: "XSL" };

type CountryFeature = Feature<Geometry, { name: string }>;

type World = Topology<{ countries: GeometryCollection<{ name: string }> }>;

/**
 * Share of the outlines' points kept: the map is drawn at most about 900 px wide, where the
 * full 1:110m detail only adds bytes (the outlines are the page's largest markup).
 */
const keptPoints = 0.45;

function countriesOf(topology: unknown, isSimplified = false): CountryFeature[] {
  let world = topology as World;
  if (isSimplified) {
    const weighted = presimplify(world as never) as unknown as World;
    world = simplify(weighted as never, quantile(weighted as never, 1 - keptPoints)) as unknown as World;
  }
  return (feature(world, world.objects.countries) as FeatureCollection<Geometry, { name: string }>).features;
}

function keyOf(country: CountryFeature): string {
  return countryCodes.numericToAlpha3(String(country.id)) ?? keysWithoutIsoCode[country.properties.name] ?? "";
}

/** Width of the map's viewBox; the height follows from the countries in view. */
const mapWidth = 960;
/** Padding around the fitted countries, in viewBox units. */
const mapPadding = 12;

function fitProjection(framed: GeoPermissibleObjects): { projection: GeoProjection; height: number } {
  const projection = geoConicEqualArea().parallels([20, 55]).rotate([-78, 0]);
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

const cache = new Map<string, EurasiaGeography>();

/**
 * Projects Natural Earth countries for a map of Eurasia framed on `focusKeys` (every country
 * the maps' data mention). Equal-area conic centred on Central Asia, so areas compare fairly.
 * Countries missing from the 1:110m set (Bahrain, Maldives) become dots from the 1:50m set.
 * Computed once per set of keys.
 */
export function layoutEurasia(focusKeys: ReadonlySet<string>): EurasiaGeography {
  const cacheKey = [...focusKeys].sort().join(",");
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const coarse = countriesOf(coarseWorld, true);
  const focus = coarse.filter((country) => focusKeys.has(keyOf(country)));
  const coarseKeys = new Set(coarse.map(keyOf));
  const missing = countriesOf(detailedWorld).filter((c) => focusKeys.has(keyOf(c)) && !coarseKeys.has(keyOf(c)));
  const { projection, height } = fitProjection({ type: "FeatureCollection", features: [...focus, ...missing] });
  // Whole viewBox units: a unit is under half a pixel on a phone, and the outlines are the page's largest markup.
  const path = geoPath(projection).digits(0);
  const shapes = coarse
    .map((country) => ({ key: keyOf(country), name: country.properties.name, d: relativePath(path(country) ?? "") }))
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
  const project = (point: readonly [number, number]): [number, number] => {
    const [x, y] = projection([point[0], point[1]]) ?? [0, 0];
    return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
  };
  const geography = { width: mapWidth, height, shapes, dots, anchors, project };
  cache.set(cacheKey, geography);
  return geography;
}
