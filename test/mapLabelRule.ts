import { geoBounds, geoContains } from "d3-geo";
import { dotRadius, type EurasiaGeography } from "../src/charts/shared/eurasia/geography.ts";
import { labelBox, letterBox } from "../src/charts/shared/eurasia/labelBox.ts";
import type { PlacedMapLabel } from "../src/charts/shared/eurasia/placeMapLabels.ts";

/** What a label names, as a test reads it from the CSV rows: a country's shape, or a point (a city, a small state's dot). */
export interface LabelTarget {
  /** The countries the label may lie over without a leader line (its own; a city's country). */
  ownKeys: readonly string[];
  /** The city or dot it names; absent for a country drawn as a shape. */
  point?: readonly [number, number];
}

/** How close to its point a label without a leader line must be, in viewBox units. */
const besideReach = 24;
/** The share of a label's letter samples that may fall on another coloured country (the layout's 5% and the grid's slack). */
const foreignAllowance = 0.07;

/**
 * The framed country under a viewBox point, read from the outlines themselves (d3-geo's
 * geoContains on the point's longitude and latitude; a small state by its dot), not from the
 * layout's grid.
 */
export function countryUnder(geography: EurasiaGeography, keys: Iterable<string>, point: readonly [number, number]) {
  const lonLat = geography.invert(point);
  for (const key of keys) {
    const dot = geography.dots.find((candidate) => candidate.key === key);
    if (dot) {
      if (Math.hypot(point[0] - dot.cx, point[1] - dot.cy) <= dotRadius) return key;
      continue;
    }
    const outline = geography.outlineOf(key);
    if (outline && lonLat && isWithinBounds(outline, lonLat) && geoContains(outline, lonLat)) return key;
  }
  return undefined;
}

const boundsCache = new WeakMap<object, [[number, number], [number, number]]>();

/** A cheap first test before geoContains: the point lies within the outline's longitudes and latitudes. */
function isWithinBounds(outline: object, [lon, lat]: readonly [number, number]): boolean {
  const bounds = boundsCache.get(outline) ?? geoBounds(outline as never);
  boundsCache.set(outline, bounds);
  const [[west, south], [east, north]] = bounds;
  const isInLongitude = west <= east ? lon >= west && lon <= east : lon >= west || lon <= east;
  return isInLongitude && lat >= south && lat <= north;
}

/** Points spread over a box, `columns` by `rows`, inset from its edges. */
function samples(box: ReturnType<typeof labelBox>, columns = 16, rows = 4): [number, number][] {
  return Array.from({ length: columns * rows }, (_, index) => {
    const [column, row] = [index % columns, Math.floor(index / columns)];
    return [
      box.left + ((column + 0.5) / columns) * (box.right - box.left),
      box.top + ((row + 0.5) / rows) * (box.bottom - box.top),
    ];
  });
}

const distanceToBox = (box: ReturnType<typeof labelBox>, [x, y]: readonly [number, number]) =>
  Math.hypot(Math.max(box.left - x, 0, x - box.right), Math.max(box.top - y, 0, y - box.bottom));

/**
 * The maps' label rule, checked against the geography: every name sits on its own shape (its
 * letters' centre on it) or beside its own city or dot, or has a leader line from its shape,
 * city or dot to its edge; and a name without a leader line lies over no other coloured country.
 * Returns one line per breach ("2017 Pakistan: …"); empty when every name keeps the rule.
 */
export function labelRuleProblems(
  where: string,
  labels: readonly PlacedMapLabel[],
  geography: EurasiaGeography,
  colouredKeys: ReadonlySet<string>,
  targetOf: (key: string) => LabelTarget | undefined,
): string[] {
  return labels.flatMap((label) => {
    const target = targetOf(label.key);
    const name = `${where} ${label.text}`;
    if (!target) return [`${name}: names nothing the data place on the map`];
    const own = (point: readonly [number, number]) =>
      target.point
        ? Math.hypot(point[0] - target.point[0], point[1] - target.point[1]) <= 1
        : countryUnder(geography, target.ownKeys, point) !== undefined;
    if (label.leader) {
      const { x1, y1, x2, y2 } = label.leader;
      const problems = [];
      if (!own([x1, y1])) problems.push(`${name}: its leader line does not start on what it names`);
      // It stops short of the name by 3 units (4.3 at a corner).
      if (distanceToBox(labelBox(label), [x2, y2]) > 5) problems.push(`${name}: its leader line does not reach it`);
      return problems;
    }
    const letters = letterBox(label);
    const centre: [number, number] = [(letters.left + letters.right) / 2, (letters.top + letters.bottom) / 2];
    const others = [...colouredKeys].filter((key) => !target.ownKeys.includes(key));
    const points = samples(letters);
    const foreign = points.filter((point) => countryUnder(geography, others, point) !== undefined).length;
    const problems = [];
    if (target.point && distanceToBox(labelBox(label), target.point) > besideReach) {
      problems.push(`${name}: stands away from its point without a leader line`);
    }
    if (!target.point && !own(centre)) problems.push(`${name}: is not on its own shape and has no leader line`);
    if (foreign / points.length > foreignAllowance) {
      problems.push(
        `${name}: lies over another coloured country (${foreign} of ${points.length}) without a leader line`,
      );
    }
    return problems;
  });
}
