import type { Box } from "../shared/boxes.ts";
import type { EurasiaGeography } from "../shared/eurasia/geography.ts";
import type { MapLabelNode } from "../shared/eurasia/mapLabelsSvg.ts";
import { mapName } from "../shared/eurasia/mapName.ts";
import { placeMapLabels, type MapLabelRequest, type PlacedMapLabel } from "../shared/eurasia/placeMapLabels.ts";
import type { Segment } from "../shared/eurasia/segments.ts";
import type { Leg, MapCity, SummitModel } from "./model.ts";
import { curvePoints, routeStates } from "./routes.ts";
import { legLabel, organisationLabel, shortName } from "./names.ts";
import { summitCity, summitStateSpecs, type SummitStateId } from "./states.ts";
import { guestRows, legsNamed } from "./travellers.ts";

/** Radius of a city's dot on the map (the summit city's is larger), in viewBox units. */
export const cityRadius = (city: Pick<MapCity, "name">) => (city.name === summitCity ? 9 : 5);

const legKey = (leg: Leg) => `leg-${leg.key}`;
const cityKey = (city: MapCity) => `city-${city.key}`;
const guestKey = (iso3: string) => `guest-${iso3}`;

/** The representative of a guest without a country (the UN), whose journey names it on the map. */
function placelessGuest(model: SummitModel, leg: Leg) {
  return model.attendance.find((row) => !row.iso3 && row.representative === leg.row.leader);
}

/** The meetings some state is about (their guests are named in that state). */
const meetings: ReadonlySet<string> = new Set(Object.values(summitStateSpecs).flatMap((spec) => spec.meeting ?? []));

/** Every name the map may show in some state, once, so the browser moves the same nodes. */
export function summitLabelNodes(model: SummitModel): MapLabelNode[] {
  const guests = model.attendance.filter((row) => row.iso3 && meetings.has(row.meeting));
  return [
    ...model.cities.filter((city) => city.name === summitCity).map((city) => ({ key: cityKey(city), text: city.name })),
    ...model.legs.map((leg) => {
      const organisation = placelessGuest(model, leg);
      return {
        key: legKey(leg),
        text: organisation ? organisationLabel(leg.row.leader, organisation.country) : legLabel(leg),
      };
    }),
    ...guests.map((row) => ({ key: guestKey(row.iso3), text: mapName(row.country) })),
    ...model.cities.filter((city) => city.name !== summitCity).map((city) => ({ key: cityKey(city), text: city.name })),
  ];
}

/**
 * The names a state asks for, in the order they are placed: the summit city; each traveller
 * the state names, once, at the start of their first named leg (a guest country's traveller is
 * named by the country instead); the state's guest countries, on their shapes; the cities its
 * named legs reach (a help, not a must: the caption names them).
 */
function requestsOf(model: SummitModel, stateId: SummitStateId, texts: ReadonlyMap<string, string>): MapLabelRequest[] {
  const cityOf = new Map(model.cities.map((city) => [city.name, city]));
  const guests = guestRows(model, stateId).filter((row) => row.iso3 && row.attendance !== "absent");
  const guestKeys = new Set(guests.map((row) => row.iso3));
  const named = legsNamed(model, stateId);
  const travellers = new Set<string>();
  const atCity = (key: string, city: MapCity | undefined, isOptional = false): MapLabelRequest[] =>
    city
      ? [
          {
            key,
            text: texts.get(key) ?? city.name,
            target: [city.x, city.y],
            ownKeys: [city.iso3],
            isPoint: true,
            isOptional,
          },
        ]
      : [];
  const legs = named.flatMap((leg) => {
    const isGuestCountry = guestKeys.has(leg.row.country_iso3);
    if (travellers.has(leg.row.leader) || isGuestCountry) return [];
    travellers.add(leg.row.leader);
    const [request] = atCity(legKey(leg), cityOf.get(leg.row.from_city));
    return request ? [{ ...request, shortText: shortName(leg.row.leader) }] : [];
  });
  const reached = [...new Set(named.map((leg) => leg.row.to_city))].filter((name) => name !== summitCity);
  return [
    ...atCity(`city-${cityOf.get(summitCity)?.key ?? ""}`, cityOf.get(summitCity)),
    ...legs,
    ...guests.map((row) => ({
      key: guestKey(row.iso3),
      text: texts.get(guestKey(row.iso3)) ?? row.country,
      target: [0, 0] as const,
      ownKeys: [row.iso3],
      isPoint: false,
    })),
    ...reached.flatMap((name) => {
      const city = cityOf.get(name);
      return city ? atCity(cityKey(city), city, true) : [];
    }),
  ];
}

/** The routes a state draws, as straight pieces along their curves (what a name had better not cover). */
function routeLines(model: SummitModel, stateId: SummitStateId): Segment[] {
  const visible = new Set(
    routeStates(model, stateId)
      .filter((route) => route.isVisible)
      .map((route) => route.key),
  );
  return model.legs
    .filter((leg) => visible.has(leg.key))
    .flatMap((leg) => {
      const points = curvePoints(leg, 8);
      return points.slice(1).map(([x2, y2], index) => {
        const [x1, y1] = points[index] ?? [x2, y2];
        return { x1, y1, x2, y2 };
      });
    });
}

/**
 * Places a state's names by the maps' one rule (see placeMapLabels.ts): each by its own city
 * or on its own country, over no other coloured country, or off it with a leader line; clear
 * of the others, of the city dots and inside the map. Pure.
 */
export function layoutSummitLabels(
  model: SummitModel,
  stateId: SummitStateId,
  geography: EurasiaGeography,
): PlacedMapLabel[] {
  const texts = new Map(summitLabelNodes(model).map((node) => [node.key, node.text]));
  const requests = requestsOf(model, stateId, texts).flatMap((request) => {
    if (request.isPoint) return [request];
    const anchor = geography.anchors[request.ownKeys[0] ?? ""];
    return anchor ? [{ ...request, target: anchor }] : [];
  });
  const obstacles: Box[] = model.cities.map((city) => {
    const reach = cityRadius(city) + 2;
    return { left: city.x - reach, right: city.x + reach, top: city.y - reach, bottom: city.y + reach };
  });
  const colouredKeys = new Set(model.attendance.flatMap((row) => (row.iso3 ? [row.iso3] : [])));
  const lines = routeLines(model, stateId);
  return placeMapLabels(requests, { geography, colouredKeys, obstacles, lines }).flatMap((label) =>
    label ? [label] : [],
  );
}
