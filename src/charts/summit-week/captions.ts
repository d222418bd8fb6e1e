import { fitCaption } from "../shared/captionLines.ts";
import { mapName } from "../shared/eurasia/mapName.ts";
import { formatDate } from "../shared/format.ts";
import { joinNames } from "../shared/listFormat.ts";
import type { Leg, SummitModel } from "./model.ts";
import { initialsOf, shortName } from "./names.ts";
import { summitCity, summitStateSpecs, type SummitStateId } from "./states.ts";
import { guestRows, legsNamed } from "./travellers.ts";

/** The days of a window in running text: "2 July", "8-9 July". */
function days(window: readonly [string, string]): string {
  const [first, last] = window;
  if (first === last) return formatDate(first, { isYearless: true });
  return `${Number(first.slice(8))}-${formatDate(last, { isYearless: true })}`;
}

type AttendanceRows = SummitModel["attendance"];

/** How a short caption names a stand-in: "a minister", "an envoy". */
const standInWords: Readonly<Record<string, string>> = { minister: "a minister", "other-senior": "an envoy" };

/**
 * A guest as running text names it: a country, or "the United Nations" (an organisation has no
 * ISO3 code), "the UN" where brief.
 */
export const guestName = (row: AttendanceRows[number], isBrief = false) =>
  row.iso3 ? mapName(row.country) : `the ${isBrief ? initialsOf(row.country) : row.country}`;

/** The summit day's caption, fullest first: who came in person, who sent whom. */
function summitVersions(model: SummitModel, when: string): string[] {
  const members = model.attendance.filter((row) => row.sco_status_2024 === "member");
  const leaders = members.filter((row) => row.attendance === "leader");
  const others = members.filter((row) => row.attendance !== "leader" && row.attendance !== "absent");
  const lead = `${when}: ${leaders.length} of the ${members.length} members sent their leader`;
  const sent = (words: (row: AttendanceRows[number]) => string) =>
    others.length > 0 ? `; ${joinNames(others.map((row) => `${row.country} sent ${words(row)}`))}.` : ".";
  return [
    `${lead}${sent((row) => `its ${row.role.toLowerCase()}, ${row.representative}`)}`,
    `${lead}${sent((row) => `${standInWords[row.attendance] ?? "an envoy"}, ${shortName(row.representative)}`)}`,
    `${lead}${sent((row) => standInWords[row.attendance] ?? "an envoy")}`,
  ];
}

/** A meeting's guests, fullest first: how many, from how many countries, and who else. */
function guestVersions(model: SummitModel, stateId: SummitStateId, when: string): string[] {
  const guests = guestRows(model, stateId).filter((row) => row.attendance !== "absent");
  const countries = guests.filter((row) => row.iso3);
  const rest = (isBrief: boolean) => {
    const others = guests.filter((row) => !row.iso3).map((row) => guestName(row, isBrief));
    return others.length > 0 ? ` and ${joinNames(others)}` : "";
  };
  return [
    `${when}, SCO Plus: ${guests.length} guests, from ${countries.length} countries (outlined)${rest(false)}.`,
    `${when}, SCO Plus: guests from ${countries.length} countries (outlined)${rest(false)}.`,
    `${when}, SCO Plus: guests from ${countries.length} countries (outlined)${rest(true)}.`,
  ];
}

/** A day of journeys, fullest first: who arrived where (full names, then short ones), or who flew on. */
function travelVersions(model: SummitModel, stateId: SummitStateId): string[] {
  const spec = summitStateSpecs[stateId];
  const legs = legsNamed(model, stateId);
  // A state about some travellers is dated by their legs, not by the days around them.
  const dates = legs.map((leg) => leg.row.date_start).sort();
  const when = spec.travellers && dates.length > 0 ? days([dates[0]!, dates.at(-1)!]) : days(spec.window);
  const byLeader = new Map<string, Leg[]>();
  for (const leg of legs) byLeader.set(leg.row.leader, [...(byLeader.get(leg.row.leader) ?? []), leg]);
  const journeys = [...byLeader].map(([leader, own]) => ({ leader, to: own.map((leg) => leg.row.to_city) }));
  const sentence = (name: (leader: string) => string, isBrief: boolean) => {
    const intoHub = journeys.filter((journey) => journey.to.at(-1) === summitCity).map((j) => name(j.leader));
    const elsewhere = journeys
      .filter((journey) => journey.to.at(-1) !== summitCity)
      .map((journey) => `${name(journey.leader)} flies to ${journey.to.join(", then ")}`);
    const verb = intoHub.length === 1 ? "arrives" : "arrive";
    const arrivals = intoHub.length > 0 ? [`${joinNames(intoHub)} ${verb}${isBrief ? "" : ` in ${summitCity}`}`] : [];
    return `${when}: ${[...arrivals, ...elsewhere].join("; ")}.`;
  };
  return [sentence((leader) => leader, false), sentence(shortName, false), sentence(shortName, true)];
}

/** A state's caption in every wording, fullest first (the announcement says the first). */
export function captionVersions(model: SummitModel, stateId: SummitStateId): string[] {
  const { window, meeting } = summitStateSpecs[stateId];
  if (stateId === "summit") return summitVersions(model, days(window));
  // A meeting is held on the last day of its state's window (the arrivals lead up to it).
  if (meeting) return guestVersions(model, stateId, days([window[1], window[1]]));
  return travelVersions(model, stateId);
}

/** The caption of a state: the day, and who arrived where, or who came; two lines at most on a phone. */
export function captionOf(model: SummitModel, stateId: SummitStateId): string {
  return fitCaption(captionVersions(model, stateId));
}
