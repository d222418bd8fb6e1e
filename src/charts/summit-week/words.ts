import { formatDate } from "../shared/format.ts";
import { joinNames } from "../shared/listFormat.ts";
import type { Leg, SummitModel } from "./model.ts";
import { summitCity, summitStateSpecs, type SummitStateId } from "./states.ts";

/** The days of a window in running text: "2 July", "8-9 July". */
function days(window: readonly [string, string]): string {
  const [first, last] = window;
  if (first === last) return formatDate(first, { isYearless: true });
  return `${Number(first.slice(8))}-${formatDate(last, { isYearless: true })}`;
}

/** Travellers whose family name comes first (Chinese names); everyone else is named by their last word. */
const familyNameFirst: ReadonlySet<string> = new Set(["Xi Jinping"]);

/** The short name the map uses: "Xi", "Putin", "Guterres". */
export function shortName(leader: string): string {
  const words = leader.trim().split(/\s+/);
  return (familyNameFirst.has(leader) ? words[0] : words.at(-1)) ?? leader;
}

/**
 * A leg's name on the map: who set off, and from where ("Xi from Beijing"), or where the map
 * assumes they set off, said as such ("Putin (Moscow, assumed)").
 */
export function legLabel(leg: Leg): string {
  const name = shortName(leg.row.leader);
  return leg.row.departure === "assumed"
    ? `${name} (${leg.row.from_city}, assumed)`
    : `${name} from ${leg.row.from_city}`;
}

/** Who attended and how, from the attendance rows. */
function attendanceSummary(model: SummitModel): string {
  const members = model.attendance.filter((row) => row.sco_status_2024 === "member");
  const leaders = members.filter((row) => row.attendance === "leader");
  const others = members.filter((row) => row.attendance !== "leader" && row.attendance !== "absent");
  const guests = model.attendance.filter((row) => row.sco_status_2024 !== "member" && row.attendance !== "absent");
  const absent = model.attendance.filter((row) => row.attendance === "absent");
  const sent = others.map((row) => `${row.country} sent its ${row.role.toLowerCase()}, ${row.representative}`);
  return (
    `${leaders.length} of the ${members.length} members were represented by their leader in person` +
    (sent.length > 0 ? `; ${joinNames(sent)}` : "") +
    `. ${guests.length} guests joined the wider SCO Plus meeting` +
    (absent.length > 0 ? `; ${joinNames(absent.map((row) => row.country))} sent no one` : "") +
    "."
  );
}

/** The legs a state names: those its travellers flew in its window (what the map draws strongly). */
export function legsNamed(model: SummitModel, stateId: SummitStateId): Leg[] {
  const { window, travellers } = summitStateSpecs[stateId];
  const [first, last] = window;
  return model.legs.filter(
    (leg) =>
      leg.row.date_start >= first &&
      leg.row.date_start <= last &&
      (travellers === undefined || travellers.includes(leg.row.leader)),
  );
}

/** The caption of a state: the day, and who arrived where, or who came. */
export function captionOf(model: SummitModel, stateId: SummitStateId): string {
  const spec = summitStateSpecs[stateId];
  if (stateId === "summit") return `${days(spec.window)}: ${attendanceSummary(model)}`;
  const legs = legsNamed(model, stateId);
  // A state about some travellers is dated by their legs, not by the days around them.
  const dates = legs.map((leg) => leg.row.date_start).sort();
  const when = spec.travellers && dates.length > 0 ? days([dates[0]!, dates.at(-1)!]) : days(spec.window);
  const byLeader = new Map<string, Leg[]>();
  for (const leg of legs) byLeader.set(leg.row.leader, [...(byLeader.get(leg.row.leader) ?? []), leg]);
  const journeys = [...byLeader.entries()].map(([leader, own]) => ({ leader, to: own.map((leg) => leg.row.to_city) }));
  const intoHub = journeys.filter((journey) => journey.to.at(-1) === summitCity).map((journey) => journey.leader);
  const elsewhere = journeys
    .filter((journey) => journey.to.at(-1) !== summitCity)
    .map((journey) => `${journey.leader} flies to ${journey.to.join(", then ")}`);
  const arrivals =
    intoHub.length > 0 ? [`${joinNames(intoHub)} ${intoHub.length === 1 ? "arrives" : "arrive"} in ${summitCity}`] : [];
  return `${when}: ${[...arrivals, ...elsewhere].join("; ")}.`;
}

/** A sentence for screen readers when the chart moves to the state. */
export function announcementOf(model: SummitModel, stateId: SummitStateId): string {
  const assumed = legsNamed(model, stateId).filter((leg) => leg.row.departure === "assumed");
  const note =
    assumed.length > 0
      ? ` No source states where ${joinNames(assumed.map((leg) => leg.row.leader))} set off; the map draws that leg dotted.`
      : "";
  return `${captionOf(model, stateId)}${note}`;
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
  return `Map of Eurasia, countries coloured by who represented them at the SCO summit in Astana on 4 July 2024: ${joinNames(came)}. ${announcementOf(model, stateId)}`;
}
