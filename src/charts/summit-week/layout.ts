import type { EurasiaGeography } from "../shared/eurasia/geography.ts";
import type { MapLabelNode } from "../shared/eurasia/mapLabelsSvg.ts";
import type { PlacedMapLabel } from "../shared/eurasia/placeMapLabels.ts";
import { layoutSummitLabels, summitLabelNodes } from "./labels.ts";
import type { SummitModel } from "./model.ts";
import { routeGeometry, routeStates, type RouteGeometry, type RouteState } from "./routes.ts";
import { assertSummitState } from "./states.ts";
import { guestRows } from "./travellers.ts";
import { captionOf } from "./captions.ts";
import { announcementOf, descriptionOf, legendNoteOf } from "./words.ts";

/** Everything that changes between states (the frames the browser moves between). */
export interface SummitFrame {
  stateId: string;
  routes: RouteState[];
  /**
   * The names the state shows, each placed (with its leader line where it stands off): a
   * traveller and where they set off ("Putin from Moscow"), a guest country, a city a named leg
   * reaches, the summit city. The names of other states are hidden.
   */
  labels: PlacedMapLabel[];
  /** The countries the state outlines: its meeting's guests (none for a state about journeys). */
  guests: string[];
  /** What the state's outlines mean, for its legend ("" where it outlines nothing). */
  legendNote: string;
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
  /** Every name the map may show, in any state (see labels.ts). */
  labelNodes: MapLabelNode[];
}

/** The frame of one state. Pure: same model, state and geography, same frame. */
export function layoutSummitFrame(model: SummitModel, stateId: string, geography: EurasiaGeography): SummitFrame {
  const id = assertSummitState(stateId);
  const routes = routeStates(model, id);
  return {
    stateId: id,
    routes,
    labels: layoutSummitLabels(model, id, geography),
    guests: guestRows(model, id).flatMap((row) => (row.iso3 && row.attendance !== "absent" ? [row.iso3] : [])),
    legendNote: legendNoteOf(model, id),
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
    labelNodes: summitLabelNodes(model),
  };
}
