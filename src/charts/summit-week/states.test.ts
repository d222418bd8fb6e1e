import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { assertSummitState, summitCity, summitStateIds, summitStateSpecs, summitSummaryState } from "./states.ts";

const isDate = (text: string) => /^\d{4}-\d{2}-\d{2}$/.test(text) && !Number.isNaN(Date.parse(text));

describe("the summit-week states", () => {
  it("have a specification each, with a label and a window of real days in order", () => {
    expect(Object.keys(summitStateSpecs)).toEqual([...summitStateIds]);
    for (const id of summitStateIds) {
      const { label, window } = summitStateSpecs[id];
      expect(label.length, id).toBeGreaterThan(0);
      expect(window.every(isDate), id).toBe(true);
      expect(window[0] <= window[1], id).toBe(true);
    }
  });

  it("follow one another in time, without overlapping, apart from states about chosen travellers or a meeting's guests", () => {
    const days = summitStateIds.filter((id) => !summitStateSpecs[id].travellers && !summitStateSpecs[id].meeting);
    days.slice(1).forEach((id, index) => {
      const previous = summitStateSpecs[days[index] ?? id].window[1];
      expect(summitStateSpecs[id].window[0] > previous, id).toBe(true);
    });
  });

  it("name travellers who are in the trips data", () => {
    const leaders = new Set(realData.trips.map((trip) => trip.leader));
    for (const id of summitStateIds) {
      for (const traveller of summitStateSpecs[id].travellers ?? [])
        expect(leaders, `${id}: ${traveller}`).toContain(traveller);
    }
  });

  it("name a meeting that has guests in the attendance data, held on the last day of the state's window", () => {
    const meetings = summitStateIds.filter((id) => summitStateSpecs[id].meeting);
    expect(meetings).toEqual(["sco-plus"]);
    for (const id of meetings) {
      expect(
        realData.attendance.filter((row) => row.meeting === summitStateSpecs[id].meeting).length,
        id,
      ).toBeGreaterThan(0);
    }
    // Between the summit day and India's step, as the story tells it.
    expect(summitStateIds.indexOf("sco-plus")).toBe(summitStateIds.indexOf("summit") + 1);
    expect(summitStateIds.indexOf("india-absent")).toBe(summitStateIds.indexOf("sco-plus") + 1);
  });

  it("name a hub city that is in cities.csv and a summary state of the list", () => {
    expect(realData.cities.map((city) => city.city)).toContain(summitCity);
    expect(summitStateIds).toContain(summitSummaryState);
  });

  it("narrow a known id and reject an unknown one, listing the allowed ids", () => {
    for (const id of summitStateIds) expect(assertSummitState(id)).toBe(id);
    expect(() => assertSummitState("5-july")).toThrow(new RegExp(`"5-july".*${summitStateIds.join(", ")}`));
  });
});
