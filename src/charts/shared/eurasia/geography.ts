import { geoCentroid, geoPath, type GeoProjection } from "d3-geo";
import type { Feature, FeatureCollection, Geometry } from "geojson";
import countryCodes from "i18n-iso-countries";
import { feature } from "topojson-client";
import { presimplify, quantile, simplify } from "topojson-simplify";
import type { GeometryCollection, Topology } from "topojson-specification";
import coarseWorld from "world-atlas/countries-110m.json" with { type: "json" };
import detailedWorld from "world-atlas/countries-50m.json" with { type: "json" };
import type { Box } from "../boxes.ts";
import { relativePath } from "../relativePath.ts";
import { buildCountryGrid, type ProjectedOutline } from "./countryGrid.ts";
import { fitProjection, mapWidth } from "./frameProjection.ts";

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
  /** Where a label for each framed country is anchored: a point inside its part of the map (or its dot). */
  anchors: Record<string, readonly [number, number]>;
  /** Projects [longitude, latitude] to viewBox units (cities, routes). */
  project(point: readonly [number, number]): [number, number];
  /** The [longitude, latitude] of a viewBox point (for checks against the outlines). */
  invert(point: readonly [number, number]): [number, number] | undefined;
  /** The outline a framed country is drawn from (its dot's source for a small state), in longitude and latitude. */
  outlineOf(key: string): Feature<Geometry> | undefined;
  /** The framed country under a viewBox point (a small state's dot counts as its country). */
  keyAt(x: number, y: number): string | undefined;
  /** How much of a box lies on each framed country, in grid cells (see countryGrid.ts). */
  coverage(box: Box): { cells: number; byKey: ReadonlyMap<string, number> };
}

/** Radius of a small state's dot, in viewBox units, as the maps draw it. */
export const dotRadius = 6;

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

/** A country's outline as projected and clipped to the frame: its rings of viewBox points. */
function projectedOutline(projection: GeoProjection, country: CountryFeature): ProjectedOutline {
  const rings: [number, number][][] = [];
  const context = {
    moveTo: (x: number, y: number) => rings.push([[x, y]]),
    lineTo: (x: number, y: number) => rings.at(-1)?.push([x, y]),
    closePath: () => undefined,
    arc: () => undefined,
    beginPath: () => undefined,
  };
  geoPath(projection, context as never)(country);
  return { key: keyOf(country), rings };
}

/**
 * Where a country's label is anchored: its projected centroid when that lies on the country,
 * else the point of the country nearest to it (a centroid can fall outside a bent shape).
 */
function anchorOf(
  centroid: readonly [number, number],
  key: string,
  keyAt: (x: number, y: number) => string | undefined,
): [number, number] {
  const [cx, cy] = centroid.map(Math.round) as [number, number];
  if (keyAt(cx, cy) === key) return [cx, cy];
  for (let radius = 4; radius < 400; radius += 4) {
    for (let step = 0; step < 32; step += 1) {
      const angle = (step / 32) * 2 * Math.PI;
      const [x, y] = [Math.round(cx + radius * Math.cos(angle)), Math.round(cy + radius * Math.sin(angle))];
      if (keyAt(x, y) === key) return [x, y];
    }
  }
  return [cx, cy];
}

const cache = new Map<string, EurasiaGeography>();

/**
 * Projects Natural Earth countries for a map of Eurasia framed on `focusKeys` (every country
 * the maps' data mention) and `places` ([longitude, latitude] that must be in view: the cities
 * of the journeys), cutting what reaches far beyond them (Russia's Arctic). Countries missing
 * from the 1:110m set (Bahrain, Maldives) become dots from the 1:50m set. Computed once per
 * set of keys and places.
 */
export function layoutEurasia(
  focusKeys: ReadonlySet<string>,
  places: readonly (readonly [number, number])[] = [],
): EurasiaGeography {
  const cacheKey = [[...focusKeys].sort().join(","), ...places.map((place) => place.join(","))].join(";");
  const cached = cache.get(cacheKey);
  if (cached) return cached;
  const coarse = countriesOf(coarseWorld, true);
  const focus = coarse.filter((country) => focusKeys.has(keyOf(country)));
  const coarseKeys = new Set(coarse.map(keyOf));
  const missing = countriesOf(detailedWorld).filter((c) => focusKeys.has(keyOf(c)) && !coarseKeys.has(keyOf(c)));
  // A small state is drawn as a dot at its centroid: that point, not its scattered islands, must be in view.
  const { projection, height } = fitProjection(focus, [...places, ...missing.map((country) => geoCentroid(country))]);
  // Whole viewBox units: a unit is under half a pixel on a phone, and the outlines are the page's largest markup.
  const path = geoPath(projection).digits(0);
  const shapes = coarse
    .map((country) => ({ key: keyOf(country), name: country.properties.name, d: relativePath(path(country) ?? "") }))
    .filter((shape) => shape.key !== "" && shape.d !== "");
  const dots = missing.map((country) => {
    const [cx, cy] = projection(geoCentroid(country)) ?? [0, 0];
    return { key: keyOf(country), name: country.properties.name, cx: Math.round(cx), cy: Math.round(cy) };
  });
  const inFrame = focus.filter((country) => path(country));
  const grid = buildCountryGrid(
    mapWidth,
    height,
    inFrame.map((country) => projectedOutline(projection, country)),
    dots.map((dot) => ({ key: dot.key, cx: dot.cx, cy: dot.cy, r: dotRadius })),
  );
  const anchors: Record<string, readonly [number, number]> = Object.fromEntries([
    ...inFrame.map(
      (country) => [keyOf(country), anchorOf(path.centroid(country), keyOf(country), grid.keyAt)] as const,
    ),
    ...dots.map((dot) => [dot.key, [dot.cx, dot.cy]] as const),
  ]);
  const outlines = new Map<string, Feature<Geometry>>(
    [...focus, ...missing].map((country) => [keyOf(country), country]),
  );
  const geography: EurasiaGeography = {
    width: mapWidth,
    height,
    shapes,
    dots,
    anchors,
    project: (point) => {
      const [x, y] = projection([point[0], point[1]]) ?? [0, 0];
      return [Math.round(x * 10) / 10, Math.round(y * 10) / 10];
    },
    invert: (point) => projection.invert?.([point[0], point[1]]) ?? undefined,
    outlineOf: (key) => outlines.get(key),
    keyAt: grid.keyAt,
    coverage: grid.coverage,
  };
  cache.set(cacheKey, geography);
  return geography;
}
