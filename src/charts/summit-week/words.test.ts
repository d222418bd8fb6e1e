import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import type { Datasets } from "../../data/datasets.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { buildSummitModel, type SummitModel } from "./model.ts";
import { summitStateIds, summitStateSpecs } from "./states.ts";
import { announcementOf, captionOf, descriptionOf, legsNamed } from "./words.ts";

const geography = eurasiaFor(realData);
const model = buildSummitModel(realData, geography);

/** The legs flown in a state's window, by its travellers where it names some. */
function legsInWindow(stateId: (typeof summitStateIds)[number], source: SummitModel = model) {
  const { window, travellers } = summitStateSpecs[stateId];
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

/** The figures the summit caption gives: leaders of members, members, guests. */
function summitFigures(caption: string) {
  const [, leaders, members] =
    /(\d+) of the (\d+) members were represented by their leader in person/.exec(caption) ?? [];
  const [, guests] = /(\d+) guests/.exec(caption) ?? [];
  return { leaders: Number(leaders), members: Number(members), guests: Number(guests) };
}

function expectedFigures(rows: readonly AttendanceRow[]) {
  const members = rows.filter((row) => row.sco_status_2024 === "member");
  return {
    leaders: members.filter((row) => row.attendance === "leader").length,
    members: members.length,
    guests: rows.filter((row) => row.sco_status_2024 !== "member" && row.attendance !== "absent").length,
  };
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

  it("counts members led in person, members and guests from the attendance rows", () => {
    expect(summitFigures(caption)).toEqual(expectedFigures(realData.attendance));
  });

  it("names each member's minister or envoy with their role, and each absentee", () => {
    const stand_ins = realData.attendance.filter(
      (row) => row.sco_status_2024 === "member" && row.attendance !== "leader" && row.attendance !== "absent",
    );
    expect(stand_ins.length).toBeGreaterThan(0);
    for (const row of stand_ins) {
      expect(caption).toContain(row.country);
      expect(caption).toContain(row.representative);
      expect(caption.toLowerCase()).toContain(row.role.toLowerCase());
    }
    const absent = realData.attendance.filter((row) => row.attendance === "absent");
    expect(absent.length).toBeGreaterThan(0);
    for (const row of absent) expect(caption).toContain(row.country);
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
    expect(text).toContain(`${member.country} sent its foreign minister, A. Deputy`);
  });

  it("starts with the summit day", () => {
    const [day] = summitStateSpecs.summit.window;
    expect(caption.startsWith(`${Number(day.slice(8))} July: `)).toBe(true);
  });
});

describe("the travel captions", () => {
  const travelStates = summitStateIds.filter((id) => id !== "summit");

  it("name every traveller of the state's legs and where their last leg of the window ends", () => {
    for (const id of travelStates) {
      const caption = captionOf(model, id);
      const lastStop = new Map(legsInWindow(id).map((leg) => [leg.row.leader, leg.row.to_city]));
      for (const [leader, city] of lastStop) {
        expect(caption, id).toContain(leader);
        expect(caption, id).toContain(city);
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
  it("is the caption, then a note naming the travellers whose start is assumed", () => {
    for (const id of summitStateIds) {
      const caption = captionOf(model, id);
      const announcement = announcementOf(model, id);
      expect(announcement.startsWith(caption), id).toBe(true);
      const note = announcement.slice(caption.length);
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
