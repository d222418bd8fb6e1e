import type { Leg, SummitModel } from "./model.ts";
import { summitStateSpecs, type SummitStateId } from "./states.ts";

/** The attendance rows of a state's meeting (its guests), or none for a state about journeys. */
export function guestRows(model: SummitModel, stateId: SummitStateId): SummitModel["attendance"] {
  const { meeting } = summitStateSpecs[stateId];
  return meeting ? model.attendance.filter((row) => row.meeting === meeting) : [];
}

/** The travellers a state names: its own list, its meeting's representatives, or everyone (undefined). */
export function travellersOf(model: SummitModel, stateId: SummitStateId): readonly string[] | undefined {
  const spec = summitStateSpecs[stateId];
  if (spec.travellers) return spec.travellers;
  return spec.meeting ? guestRows(model, stateId).map((row) => row.representative) : undefined;
}

/** The legs a state names: those its travellers flew in its window (what the map draws strongly). */
export function legsNamed(model: SummitModel, stateId: SummitStateId): Leg[] {
  const [first, last] = summitStateSpecs[stateId].window;
  const travellers = travellersOf(model, stateId);
  return model.legs.filter(
    (leg) =>
      leg.row.date_start >= first &&
      leg.row.date_start <= last &&
      (travellers === undefined || travellers.includes(leg.row.leader)),
  );
}
