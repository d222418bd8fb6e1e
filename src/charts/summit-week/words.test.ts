import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import type { Datasets } from "../../data/datasets.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { buildSummitModel, type SummitModel } from "./model.ts";
import { captionLineBudget, captionLines } from "../shared/captionLines.ts";
import { summitStateIds, summitStateSpecs } from "./states.ts";
import { legsNamed } from "./travellers.ts";
import { captionOf } from "./captions.ts";
import { announcementOf, descriptionOf, legendNoteOf } from "./words.ts";

const geography = eurasiaFor(realData);
const model = buildSummitModel(realData, geography);

/** A state's meeting guests, from the attendance CSV. */
const guestsOf = (stateId: (typeof summitStateIds)[number]) =>
  realData.attendance.filter((row) => row.meeting === summitStateSpecs[stateId].meeting);

/** The legs flown in a state's window, by its travellers (or its meeting's guests) where it names some. */
function legsInWindow(stateId: (typeof summitStateIds)[number], source: SummitModel = model) {
  const { window, meeting } = summitStateSpecs[stateId];
  const travellers =
    summitStateSpecs[stateId].travellers ?? (meeting ? guestsOf(stateId).map((row) => row.representative) : undefined);
  const [first, last] = window.map(Date.parse);
  return source.legs.filter((leg) => {
    const day = Date.parse(leg.row.date_start);
    const isTraveller = travellers === undefined || travellers.includes(leg.row.leader);
    return day >= (first ?? 0) && day <= (last ?? 0) && isTraveller;
  });
}

type AttendanceRow = Datasets["attendance"][number];

function withAttendance(where: (row: AttendanceRow) => boolean, change: Partial<AttendanceRow>): SummitModel {
  const data = {
    ...realData,
    attendance: realData.attendance.map((row) => (where(row) ? { ...row, ...change } : row)),
  };
  return buildSummitModel(data, geography);
}

/** The figures the summit caption gives: leaders of members, and members. */
function summitFigures(caption: string) {
  const [, leaders, members] = /(\d+) of the (\d+) members sent their leader/.exec(caption) ?? [];
  return { leaders: Number(leaders), members: Number(members) };
}

function expectedFigures(rows: readonly AttendanceRow[]) {
  const members = rows.filter((row) => row.sco_status_2024 === "member");
  return { leaders: members.filter((row) => row.attendance === "leader").length, members: members.length };
}

describe("legsNamed", () => {
  it("names exactly the legs flown in each state's window", () => {
    for (const id of summitStateIds) {
      const named = legsNamed(model, id);
      expect(named.length, id).toBeGreaterThan(0);
      expect(
        named.map((leg) => leg.key),
        id,
      ).toEqual(legsInWindow(id).map((leg) => leg.key));
    }
  });

  it("follows a leg moved to another day", () => {
    const [leg] = legsInWindow("xi-arrives");
    if (!leg) throw new Error("no leg on the first day");
    const later = summitStateSpecs["modi-moscow"].window[0];
    const data = {
      ...realData,
      trips: realData.trips.map((row) => (row === leg.row ? { ...row, date_start: later } : row)),
    };
    const moved = buildSummitModel(data, geography);
    expect(legsNamed(moved, "xi-arrives").map((l) => l.key)).not.toContain(leg.key);
    expect(legsNamed(moved, "modi-moscow").map((l) => l.key)).toContain(leg.key);
  });
});

describe("the summit caption", () => {
  const caption = captionOf(model, "summit");

  it("counts members led in person, and members, from the attendance rows", () => {
    expect(summitFigures(caption)).toEqual(expectedFigures(realData.attendance));
  });

  it("says which member sent a minister or envoy, and the announcement names them with their role", () => {
    const standIns = realData.attendance.filter(
      (row) => row.sco_status_2024 === "member" && row.attendance !== "leader" && row.attendance !== "absent",
    );
    expect(standIns.length).toBeGreaterThan(0);
    const announcement = announcementOf(model, "summit");
    for (const row of standIns) {
      expect(caption).toContain(`${row.country} sent ${row.attendance === "minister" ? "a minister" : "an envoy"}`);
      expect(announcement).toContain(`${row.country} sent its ${row.role.toLowerCase()}, ${row.representative}`);
    }
  });

  it("moves with the rows: a member leader replaced by a minister", () => {
    const member = realData.attendance.find((row) => row.sco_status_2024 === "member" && row.attendance === "leader");
    if (!member) throw new Error("no member leader");
    const edited = withAttendance((row) => row === member, {
      attendance: "minister",
      role: "Foreign Minister",
      representative: "A. Deputy",
    });
    const text = captionOf(edited, "summit");
    expect(summitFigures(text)).toEqual(expectedFigures(edited.attendance));
    expect(summitFigures(text).leaders).toBe(expectedFigures(realData.attendance).leaders - 1);
    expect(text).toContain(`${member.country} sent a minister`);
    expect(announcementOf(edited, "summit")).toContain(`${member.country} sent its foreign minister, A. Deputy`);
  });

  it("starts with the summit day", () => {
    const [day] = summitStateSpecs.summit.window;
    expect(caption.startsWith(`${Number(day.slice(8))} July: `)).toBe(true);
  });
});

describe("the SCO Plus caption", () => {
  const caption = captionOf(model, "sco-plus");
  const guests = guestsOf("sco-plus").filter((row) => row.attendance !== "absent");

  it("counts the meeting's guest countries from the attendance rows and names the guest without a country", () => {
    const countries = guests.filter((row) => row.iso3);
    expect(countries.length).toBeGreaterThan(3);
    expect(caption).toMatch(
      new RegExp(
        `^4 July, SCO Plus: (${guests.length} guests, from|guests from) ${countries.length} countries \\(outlined\\)`,
      ),
    );
    if (guests.some((each) => !each.iso3)) expect(caption).toMatch(/ and the (UN|United Nations)\.$/);
  });

  it("says, in the text alternatives, that the UN has no place on the map and where Afghanistan's listing stands", () => {
    const announcement = announcementOf(model, "sco-plus");
    expect(announcement).toContain("The United Nations (António Guterres) has no country on the map");
    for (const row of realData.attendance.filter((each) => each.attendance === "absent")) {
      expect(announcement).toContain(`${row.country}, an observer, is on no attendance list found`);
    }
  });

  it("moves with the rows: one guest fewer", () => {
    const [dropped] = guests.filter((row) => row.iso3);
    const edited = withAttendance((row) => row === dropped, { meeting: "both" });
    expect(captionOf(edited, "sco-plus")).toContain(`${guests.filter((row) => row.iso3).length - 1} countries`);
  });

  it("gives the state its own legend words, and no other state any", () => {
    for (const id of summitStateIds) expect(legendNoteOf(model, id) !== "", id).toBe(id === "sco-plus");
  });
});

describe("every caption", () => {
  it.each(summitStateIds)("fits two lines on a phone in %s", (id) => {
    expect(captionLines(captionOf(model, id), "phone")).toBeLessThanOrEqual(captionLineBudget);
  });

  it("never says Afghanistan sent no one: the data mark its absence as unverified", () => {
    for (const id of summitStateIds) {
      for (const text of [captionOf(model, id), announcementOf(model, id), descriptionOf(model, id)]) {
        expect(text, id).not.toMatch(/sent no one|absent/i);
      }
      expect(descriptionOf(model, id), id).toContain("on no attendance list found");
    }
  });
});

describe("the travel captions", () => {
  const travelStates = summitStateIds.filter((id) => id !== "summit" && !summitStateSpecs[id].meeting);

  it("name every traveller of the state's legs, the announcement in full with where their last leg of the window ends", () => {
    for (const id of travelStates) {
      const caption = captionOf(model, id);
      const announcement = announcementOf(model, id);
      const lastStop = new Map(legsInWindow(id).map((leg) => [leg.row.leader, leg.row.to_city]));
      for (const [leader, city] of lastStop) {
        expect(caption, id).toContain(leader.split(" ").at(leader === "Xi Jinping" ? 0 : -1));
        expect(announcement, id).toContain(leader);
        expect(announcement, id).toContain(city);
      }
    }
  });

  it("never name where an assumed leg started", () => {
    let checked = 0;
    for (const id of summitStateIds) {
      const legs = legsNamed(model, id);
      const arrivals = new Set(legs.map((leg) => leg.row.to_city));
      for (const leg of legs.filter((l) => l.row.departure === "assumed" && !arrivals.has(l.row.from_city))) {
        checked += 1;
        expect(captionOf(model, id), leg.key).not.toContain(leg.row.from_city);
        expect(announcementOf(model, id), leg.key).not.toContain(leg.row.from_city);
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});

describe("announcementOf", () => {
  it("says the caption in full, then a note naming the travellers whose start is assumed", () => {
    for (const id of summitStateIds) {
      const announcement = announcementOf(model, id);
      const note = announcement.slice(announcement.indexOf(" No source states") + 1 || announcement.length);
      const assumed = legsNamed(model, id).filter((leg) => leg.row.departure === "assumed");
      if (assumed.length === 0) expect(note, id).toBe("");
      for (const leg of assumed) expect(note, id).toContain(leg.row.leader);
      for (const leg of legsNamed(model, id).filter((l) => l.row.departure === "reported")) {
        if (!assumed.some((other) => other.row.leader === leg.row.leader))
          expect(note, id).not.toContain(leg.row.leader);
      }
    }
  });
});

describe("descriptionOf", () => {
  it("names every state and person that came, an envoy as such, and ends with the announcement", () => {
    const came = realData.attendance.filter((row) => row.attendance !== "absent");
    const kind = { leader: "", minister: ", a minister", "other-senior": ", an envoy" } as Record<string, string>;
    for (const id of summitStateIds) {
      const description = descriptionOf(model, id);
      // The source's role wording stays in the data table.
      expect(description, id).not.toContain("(host;");
      for (const row of came) {
        expect(description, id).toContain(`${row.country} (${row.representative}${kind[row.attendance]})`);
      }
      expect(description.endsWith(announcementOf(model, id)), id).toBe(true);
    }
  });
});
