import { joinNames } from "../shared/listFormat.ts";
import { captionVersions, guestName } from "./captions.ts";
import type { SummitModel } from "./model.ts";
import { summitStateSpecs, type SummitStateId } from "./states.ts";
import { guestRows, legsNamed } from "./travellers.ts";

/** The state's own legend words (what its outlines mean), or "" for a state that outlines nothing. */
export function legendNoteOf(model: SummitModel, stateId: SummitStateId): string {
  return guestRows(model, stateId).some((row) => row.iso3) ? "Outlined: a guest country at SCO Plus" : "";
}

/** States no attendance list found names (the data marks this unverified): "Afghanistan, an observer, …". */
function unlistedNote(model: SummitModel): string {
  const unlisted = model.attendance.filter((row) => row.attendance === "absent");
  if (unlisted.length === 0) return "";
  const names = unlisted.map(
    (row) => `${row.country}, ${row.sco_status_2024 === "observer" ? "an observer" : "invited"}`,
  );
  return ` ${joinNames(names)}, ${unlisted.length === 1 ? "is" : "are"} on no attendance list found.`;
}

/** What a guest state's text alternative adds about guests without a country (the UN). */
function placelessNote(model: SummitModel, stateId: SummitStateId): string {
  const placeless = guestRows(model, stateId).filter((row) => !row.iso3 && row.attendance !== "absent");
  if (placeless.length === 0) return "";
  const named = joinNames(placeless.map((row) => `${guestName(row)} (${row.representative})`));
  const verb = placeless.length === 1 ? "has" : "have";
  return ` ${named.charAt(0).toUpperCase()}${named.slice(1)} ${verb} no country on the map; the map draws the journey instead.`;
}

/** A sentence for screen readers when the chart moves to the state. */
export function announcementOf(model: SummitModel, stateId: SummitStateId): string {
  const assumed = legsNamed(model, stateId).filter((leg) => leg.row.departure === "assumed");
  const note =
    assumed.length > 0
      ? ` No source states where ${joinNames(assumed.map((leg) => leg.row.leader))} set off; the map draws that leg dotted.`
      : "";
  const guests = summitStateSpecs[stateId].meeting ? `${placelessNote(model, stateId)}${unlistedNote(model)}` : "";
  return `${captionVersions(model, stateId)[0] ?? ""}${guests}${note}`;
}

/** How a description names a representative who was not the leader. */
const envoyKinds: Readonly<Record<string, string>> = { minister: ", a minister", "other-senior": ", an envoy" };

/** The full text alternative of the map in a state. */
export function descriptionOf(model: SummitModel, stateId: SummitStateId): string {
  // The data's role cells are source wording ("President (host; SCO chair 2023-24)"): a listener
  // gets the person and, where not the leader, the kind of envoy, as the legend says it.
  const came = model.attendance
    .filter((row) => row.attendance !== "absent")
    .map((row) => `${row.country} (${row.representative}${envoyKinds[row.attendance] ?? ""})`);
  const unlisted = summitStateSpecs[stateId].meeting ? "" : unlistedNote(model);
  return `Map of Eurasia, countries coloured by who represented them at the SCO summit in Astana on 4 July 2024: ${joinNames(came)}.${unlisted} ${announcementOf(model, stateId)}`;
}
