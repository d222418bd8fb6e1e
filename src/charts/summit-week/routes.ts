import { round } from "../shared/round.ts";
import type { Leg, SummitModel } from "./model.ts";
import { summitCity, summitStateSpecs, type SummitStateId } from "./states.ts";
import { legsNamed } from "./travellers.ts";

/** A leg as drawn: a curve from city to city and its arrowhead; dotted where the start is assumed. */
export interface RouteGeometry {
  key: string;
  d: string;
  /** The arrowhead at the arrival city, pointing along the curve. */
  arrow: string;
  isAssumed: boolean;
}

/** A leg in one state: drawn or not, named (strong) or context (faded). */
export interface RouteState {
  key: string;
  isVisible: boolean;
  isNamed: boolean;
}

/** The control point of a leg's curve: off the straight line, to one side, so legs into the same city stay apart. */
function controlPoint(leg: Leg): [number, number] {
  const [x1, y1] = leg.from;
  const [x2, y2] = leg.to;
  const [dx, dy] = [x2 - x1, y2 - y1];
  return [(x1 + x2) / 2 - dy * 0.18, (y1 + y2) / 2 + dx * 0.18];
}

/** Points along a leg's curve, `pieces` + 1 of them, from start to end. */
export function curvePoints(leg: Leg, pieces: number): [number, number][] {
  const [cx, cy] = controlPoint(leg);
  return Array.from({ length: pieces + 1 }, (_, index) => {
    const t = index / pieces;
    const [a, b, c] = [(1 - t) ** 2, 2 * t * (1 - t), t ** 2];
    return [a * leg.from[0] + b * cx + c * leg.to[0], a * leg.from[1] + b * cy + c * leg.to[1]];
  });
}

/** A quadratic curve bulging to one side, so legs into the same city stay apart. */
export function routeGeometry(leg: Leg): RouteGeometry {
  const [x1, y1] = leg.from;
  const [x2, y2] = leg.to;
  const [cx, cy] = controlPoint(leg);
  const angle = Math.atan2(y2 - cy, x2 - cx);
  const arrow = [-1, 1].map((side) => {
    const spread = angle + Math.PI - side * 0.45;
    return `${round(x2 + 18 * Math.cos(spread))},${round(y2 + 18 * Math.sin(spread))}`;
  });
  return {
    key: leg.key,
    d: `M${round(x1)},${round(y1)}Q${round(cx)},${round(cy)} ${round(x2)},${round(y2)}`,
    arrow: `M${arrow[0]}L${round(x2)},${round(y2)}L${arrow[1]}Z`,
    isAssumed: leg.row.departure === "assumed",
  };
}

/** The legs a state draws: those it names, and the earlier legs into Astana, as context. */
export function routeStates(model: SummitModel, stateId: SummitStateId): RouteState[] {
  const named = new Set(legsNamed(model, stateId).map((leg) => leg.key));
  const [, last] = summitStateSpecs[stateId].window;
  return model.legs.map((leg) => {
    const isContext = leg.row.to_city === summitCity && leg.row.date_start <= last;
    return { key: leg.key, isVisible: named.has(leg.key) || isContext, isNamed: named.has(leg.key) };
  });
}
