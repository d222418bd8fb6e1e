import { placeClear, type Box } from "../shared/boxes.ts";
import type { EurasiaGeography } from "../shared/eurasia/geography.ts";
import { measureText } from "../shared/measureText.ts";
import { round } from "../shared/round.ts";
import type { Leg, SummitModel } from "./model.ts";
import { assertSummitState, summitCity, summitStateSpecs, type SummitStateId } from "./states.ts";
import { announcementOf, captionOf, descriptionOf, legLabel, legsNamed } from "./words.ts";

/** Label size in viewBox units: about 11 px where the map is 360 px wide on a phone. */
export const labelFontSize = 30;

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

/** A name on the map: a traveller and where they set off ("Putin from Moscow"), or a city a named leg reaches. */
export interface SummitLabel {
  key: string;
  x: number;
  y: number;
  anchor: "start" | "end" | "middle";
  text: string;
  isVisible: boolean;
}

/** Everything that changes between states (the frames the browser moves between). */
export interface SummitFrame {
  stateId: string;
  routes: RouteState[];
  labels: SummitLabel[];
  caption: string;
  description: string;
  announcement: string;
}

/** The whole scene of a state: its frame plus what never changes. */
export interface SummitScene extends SummitFrame {
  geography: EurasiaGeography;
  /** Attendance per country key (the map's colours, the same in every state). */
  attendance: Record<string, string>;
  geometry: RouteGeometry[];
  cities: SummitModel["cities"];
}

/** A quadratic curve bulging to one side, so legs into the same city stay apart. */
function routeGeometry(leg: Leg): RouteGeometry {
  const [x1, y1] = leg.from;
  const [x2, y2] = leg.to;
  const [dx, dy] = [x2 - x1, y2 - y1];
  const [cx, cy] = [(x1 + x2) / 2 - dy * 0.18, (y1 + y2) / 2 + dx * 0.18];
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
function routeStates(model: SummitModel, stateId: SummitStateId): RouteState[] {
  const named = new Set(legsNamed(model, stateId).map((leg) => leg.key));
  const [, last] = summitStateSpecs[stateId].window;
  return model.legs.map((leg) => {
    const isContext = leg.row.to_city === summitCity && leg.row.date_start <= last;
    return { key: leg.key, isVisible: named.has(leg.key) || isContext, isNamed: named.has(leg.key) };
  });
}

function boxOf(label: Pick<SummitLabel, "x" | "y" | "anchor" | "text">): Box {
  const width = measureText(label.text, labelFontSize, true);
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  // The font's full box (ascent and descent), as the browser measures a text, not just its capitals.
  return { left, right: left + width, top: label.y - labelFontSize * 0.95, bottom: label.y + labelFontSize * 0.3 };
}

/**
 * Names the travellers of the legs the state names, at the start of their first leg, and Astana,
 * each where it keeps clear of the others and inside the map (the shared placer). A name carries
 * its start city ("Xi from Beijing"): where the placer has to move it off its dot, it still says
 * which dot it belongs to. Every leg has its label in every state, hidden where unused, so the
 * browser moves the same nodes.
 */
function layoutLabels(model: SummitModel, routes: readonly RouteState[], geography: EurasiaGeography): SummitLabel[] {
  const astana = model.cities.find((city) => city.name === summitCity);
  const placed: Box[] = [];
  const hub: SummitLabel = {
    key: "city-astana",
    x: astana?.x ?? 0,
    y: (astana?.y ?? 0) - 22,
    anchor: "middle",
    text: summitCity,
    isVisible: true,
  };
  placed.push(boxOf(hub), { left: hub.x - 12, right: hub.x + 12, top: hub.y + 10, bottom: hub.y + 34 });
  const inside = (box: Box) =>
    box.left >= 4 && box.right <= geography.width - 4 && box.top >= 4 && box.bottom <= geography.height - 4;
  const labelled = new Set<string>();
  const labels = model.legs.map((leg): SummitLabel => {
    const route = routes.find((candidate) => candidate.key === leg.key);
    // One name per traveller: at the start of the first leg the state names.
    const isFirst = route?.isNamed === true && !labelled.has(leg.row.leader);
    if (isFirst) labelled.add(leg.row.leader);
    const text = legLabel(leg);
    const [x, y] = leg.from;
    const candidates = [-14, 40, -44, 70].flatMap((dy) =>
      (["start", "end", "middle"] as const).map((anchor) => ({
        x: x + (anchor === "start" ? 10 : anchor === "end" ? -10 : 0),
        y: y + dy,
        anchor,
      })),
    );
    const spot = isFirst
      ? placeClear(candidates, (c) => boxOf({ ...c, text }), placed, { gap: 4, isAllowed: inside })
      : undefined;
    const label = {
      key: `leg-${leg.key}`,
      text,
      isVisible: Boolean(spot),
      ...(spot ?? { x, y, anchor: "start" as const }),
    };
    if (spot) placed.push(boxOf(label));
    return { ...label, x: round(label.x), y: round(label.y) };
  });
  // Where the named legs end, other than Astana ("Moscow", "Vienna"): the caption names them.
  const destinations = new Set(
    model.legs
      .filter((leg) => routes.find((route) => route.key === leg.key)?.isNamed && leg.row.to_city !== summitCity)
      .map((leg) => leg.row.to_city),
  );
  const cities = model.cities
    .filter((city) => city.name !== summitCity)
    .map((city): SummitLabel => {
      const candidates = [-16, 36].flatMap((dy) =>
        (["middle", "start", "end"] as const).map((anchor) => ({
          x: city.x + (anchor === "start" ? 10 : anchor === "end" ? -10 : 0),
          y: city.y + dy,
          anchor,
        })),
      );
      // A city name is a help, not a must (the caption names it): left out where it cannot keep clear.
      const spot = destinations.has(city.name)
        ? placeClear(candidates, (c) => boxOf({ ...c, text: city.name }), placed, {
            gap: 4,
            isAllowed: inside,
            isOptional: true,
          })
        : undefined;
      if (spot) placed.push(boxOf({ ...spot, text: city.name }));
      const { x, y, anchor } = spot ?? { x: city.x, y: city.y, anchor: "middle" as const };
      return { key: `city-${city.key}`, x: round(x), y: round(y), anchor, text: city.name, isVisible: Boolean(spot) };
    });
  return [hub, ...labels, ...cities];
}

/** The frame of one state. Pure: same model, state and geography, same frame. */
export function layoutSummitFrame(model: SummitModel, stateId: string, geography: EurasiaGeography): SummitFrame {
  const id = assertSummitState(stateId);
  const routes = routeStates(model, id);
  return {
    stateId: id,
    routes,
    labels: layoutLabels(model, routes, geography),
    caption: captionOf(model, id),
    description: descriptionOf(model, id),
    announcement: announcementOf(model, id),
  };
}

/** The whole scene of one state: the frame, the attendance colours and the legs' geometry. */
export function layoutSummitChart(model: SummitModel, stateId: string, geography: EurasiaGeography): SummitScene {
  return {
    ...layoutSummitFrame(model, stateId, geography),
    geography,
    attendance: Object.fromEntries(model.attendance.filter((row) => row.iso3).map((row) => [row.iso3, row.attendance])),
    geometry: model.legs.map(routeGeometry),
    cities: model.cities,
  };
}
