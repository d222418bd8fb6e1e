import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import type { DatasetRows } from "../../../data/datasets.ts";
import { findMarkers, markerRules } from "./markers.ts";

type Events = DatasetRows<"events">;

describe("findMarkers", () => {
  const markers = findMarkers(realData.events);

  it("finds each marked event exactly once in events.csv", () => {
    for (const rule of markerRules) {
      const matches = realData.events.filter((event) => rule.pattern.test(event.event));
      expect(matches, rule.id).toHaveLength(1);
    }
    expect(markers.map((marker) => marker.id)).toEqual(markerRules.map((rule) => rule.id));
  });

  it("takes date, words, line and source from the event's row", () => {
    for (const marker of markers) {
      const row = realData.events.find((event) => event.line === marker.line);
      expect(row, marker.id).toBeDefined();
      expect(marker).toMatchObject({ date: row?.date, text: row?.event, sourceUrl: row?.source_url });
      expect(marker.year).toBe(Number(row?.date.slice(0, 4)));
    }
  });

  it("places each marker inside its year, in date order within a year", () => {
    for (const marker of markers) {
      expect(marker.time, marker.id).toBeGreaterThanOrEqual(marker.year);
      expect(marker.time, marker.id).toBeLessThan(marker.year + 1);
    }
    const byId = Object.fromEntries(markers.map((marker) => [marker.id, marker]));
    // April and December 2012; 24 February 2022 falls about 15% into the year.
    expect(byId["khorgos-centre"]?.time).toBeLessThan(byId["khorgos-rail"]?.time ?? 0);
    expect(byId.invasion?.time).toBeCloseTo(2022 + 54 / 365, 3);
  });

  it("follows the file: a reworded or moved event keeps its marker", () => {
    const invasion = realData.events.find((event) => /invasion of Ukraine/i.test(event.event));
    if (!invasion) throw new Error("fixture");
    const moved: Events = [
      { ...invasion, date: "2022-03-01", line: 99 },
      ...realData.events.filter((event) => event !== invasion),
    ];
    const marker = findMarkers(moved).find((each) => each.id === "invasion");
    expect(marker).toMatchObject({ date: "2022-03-01", line: 99 });
  });

  it("fails with a message naming the pattern and the marker when the event is missing", () => {
    const events = realData.events.filter((event) => !/Silk Road Economic Belt/i.test(event.event));
    expect(() => findMarkers(events)).toThrow(/0 events matching \/Silk Road Economic Belt\/i.*"silk-road-speech"/);
  });

  it("fails when an event matches twice, rather than guessing", () => {
    const gateway = realData.events.find((event) => /Khorgos Gateway/i.test(event.event));
    if (!gateway) throw new Error("fixture");
    const events: Events = [...realData.events, { ...gateway, date: "2016-01-01", line: 100 }];
    expect(() => findMarkers(events)).toThrow(/2 events matching \/Khorgos Gateway\/i/);
  });
});
