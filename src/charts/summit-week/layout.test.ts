import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { measureText } from "../shared/measureText.ts";
import { labelFontSize, layoutSummitChart, layoutSummitFrame, type SummitLabel } from "./layout.ts";
import { buildSummitModel } from "./model.ts";
import { summitCity, summitStateIds, summitStateSpecs } from "./states.ts";

const geography = eurasiaFor(realData);
const model = buildSummitModel(realData, geography);
const frames = summitStateIds.map((id) => layoutSummitFrame(model, id, geography));
const inWindow = (date: string, [first, last]: readonly [string, string]) =>
  Date.parse(date) >= Date.parse(first) && Date.parse(date) <= Date.parse(last);

/** The box a label's text takes, estimated as the brief says: bold, at the layout's size. */
function boxOf(label: SummitLabel) {
  const width = measureText(label.text, labelFontSize, true);
  const left = label.anchor === "start" ? label.x : label.anchor === "end" ? label.x - width : label.x - width / 2;
  return { left, right: left + width, top: label.y - labelFontSize * 0.95, bottom: label.y + labelFontSize * 0.3 };
}

const overlap = (a: ReturnType<typeof boxOf>, b: ReturnType<typeof boxOf>) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Numbers of a path string, as [x, y] pairs. */
const pointsOf = (path: string) => {
  const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return numbers.flatMap((value, index) => (index % 2 === 0 ? [[value, numbers[index + 1] ?? NaN] as const] : []));
};

describe("layoutSummitFrame", () => {
  it("is pure: the same model and state give equal frames, which survive JSON", () => {
    for (const id of summitStateIds) {
      const frame = layoutSummitFrame(model, id, geography);
      expect(layoutSummitFrame(model, id, geography)).toEqual(frame);
      expect(JSON.parse(JSON.stringify(frame))).toEqual(frame);
    }
  });

  it("rejects an unknown state, listing the allowed ones", () => {
    expect(() => layoutSummitFrame(model, "5-july", geography)).toThrow(new RegExp(summitStateIds.join(", ")));
  });

  it("lists the same routes and labels, in the same order, in every state", () => {
    const legKeys = model.legs.map((leg) => leg.key);
    for (const frame of frames) {
      expect(
        frame.routes.map((route) => route.key),
        frame.stateId,
      ).toEqual(legKeys);
      expect(
        frame.labels.map((label) => label.key),
        frame.stateId,
      ).toEqual(frames[0]?.labels.map((l) => l.key));
      expect(frame.labels.map((label) => label.key)).toEqual(expect.arrayContaining(legKeys.map((k) => `leg-${k}`)));
    }
  });

  it("names the legs flown in the window, and draws them", () => {
    for (const frame of frames) {
      const { window, travellers } = summitStateSpecs[frame.stateId as (typeof summitStateIds)[number]];
      model.legs.forEach((leg, index) => {
        const route = frame.routes[index];
        const isTraveller = travellers === undefined || travellers.includes(leg.row.leader);
        expect(route?.isNamed, `${frame.stateId} ${leg.key}`).toBe(inWindow(leg.row.date_start, window) && isTraveller);
        if (route?.isNamed) expect(route.isVisible, `${frame.stateId} ${leg.key}`).toBe(true);
      });
    }
  });

  it("keeps the other legs into the summit city up to the window's end as faded context, and hides every other leg", () => {
    for (const frame of frames) {
      const [, last] = summitStateSpecs[frame.stateId as (typeof summitStateIds)[number]].window;
      model.legs.forEach((leg, index) => {
        const route = frame.routes[index];
        const isContext =
          leg.row.to_city === summitCity && Date.parse(leg.row.date_start) <= Date.parse(last) && !route?.isNamed;
        expect(route?.isVisible === true && !route.isNamed, `${frame.stateId} ${leg.key}`).toBe(isContext);
      });
    }
    // The rule is not vacuous: a later state keeps an earlier arrival.
    expect(frames.at(-1)?.routes.some((route) => route.isVisible && !route.isNamed)).toBe(true);
  });

  it.each(summitStateIds)("shows one name per traveller in %s, at the first leg the state names", (id) => {
    const frame = layoutSummitFrame(model, id, geography);
    const first = new Map<string, string>();
    for (const leg of model.legs) {
      const route = frame.routes.find((r) => r.key === leg.key);
      if (route?.isNamed && !first.has(leg.row.leader)) first.set(leg.row.leader, `leg-${leg.key}`);
    }
    const visible = frame.labels.filter((label) => label.isVisible && label.key.startsWith("leg-"));
    expect(visible.map((label) => label.key).sort()).toEqual([...first.values()].sort());
  });

  it("writes each leg's name as its traveller and start city, near where the leg starts", () => {
    for (const frame of frames) {
      for (const leg of model.legs) {
        const label = frame.labels.find((l) => l.key === `leg-${leg.key}`);
        const name = leg.row.leader.split(" ").at(leg.row.leader === "Xi Jinping" ? 0 : -1);
        const from =
          leg.row.departure === "assumed" ? ` (${leg.row.from_city}, assumed)` : ` from ${leg.row.from_city}`;
        expect(label?.text).toBe(`${name}${from}`);
        if (!label?.isVisible) continue;
        expect(Math.abs(label.x - leg.from[0]), `${frame.stateId} ${label.key}`).toBeLessThanOrEqual(10.1);
        expect(Math.abs(label.y - leg.from[1]), `${frame.stateId} ${label.key}`).toBeLessThanOrEqual(70.1);
      }
    }
  });

  it("names only cities a named leg reaches, other than the summit city, where the name keeps clear", () => {
    for (const frame of frames) {
      const reached = new Set(
        model.legs
          .filter((leg, index) => frame.routes[index]?.isNamed && leg.row.to_city !== summitCity)
          .map((leg) => leg.row.to_city),
      );
      const shown = frame.labels.filter(
        (label) => label.isVisible && label.key.startsWith("city-") && label.text !== summitCity,
      );
      for (const label of shown) expect(reached, `${frame.stateId}: ${label.text}`).toContain(label.text);
    }
    // Not vacuous: Modi's week ends in Moscow and Vienna, and the map says so.
    const modi = frames.find((frame) => frame.stateId === "modi-moscow");
    const names = modi?.labels.filter((label) => label.isVisible).map((label) => label.text);
    expect(names).toEqual(expect.arrayContaining(["Moscow", "Vienna"]));
  });

  it("always names the summit city, above its dot", () => {
    const hub = model.cities.find((city) => city.name === summitCity);
    for (const frame of frames) {
      const label = frame.labels.find((l) => l.text === summitCity);
      expect(label?.isVisible).toBe(true);
      expect(label?.y).toBeLessThan(hub?.y ?? -Infinity);
    }
  });

  it("keeps every visible name inside the map and clear of the others", () => {
    for (const frame of frames) {
      const visible = frame.labels.filter((label) => label.isVisible);
      for (const label of visible) {
        const box = boxOf(label);
        const where = `${frame.stateId} ${label.key}`;
        expect(box.left, where).toBeGreaterThanOrEqual(0);
        expect(box.top, where).toBeGreaterThanOrEqual(0);
        expect(box.right, where).toBeLessThanOrEqual(geography.width);
        expect(box.bottom, where).toBeLessThanOrEqual(geography.height);
      }
      visible.forEach((label, index) => {
        for (const other of visible.slice(index + 1)) {
          expect(overlap(boxOf(label), boxOf(other)), `${frame.stateId}: ${label.key} / ${other.key}`).toBe(false);
        }
      });
    }
  });
});

describe("layoutSummitChart", () => {
  const scene = layoutSummitChart(model, "summit", geography);

  it("adds to the frame the colours of the countries that have an ISO3 code", () => {
    expect(scene).toMatchObject(layoutSummitFrame(model, "summit", geography));
    const coded = realData.attendance.filter((row) => row.iso3 !== "");
    expect(scene.attendance).toEqual(Object.fromEntries(coded.map((row) => [row.iso3, row.attendance])));
    expect(scene.cities).toBe(model.cities);
  });

  it("draws each leg from city to city, its arrowhead's tip at the arrival city", () => {
    expect(scene.geometry.map((route) => route.key)).toEqual(model.legs.map((leg) => leg.key));
    model.legs.forEach((leg, index) => {
      const route = scene.geometry[index];
      const curve = pointsOf(route?.d ?? "");
      const [left, tip, right] = pointsOf(route?.arrow ?? "");
      expect(curve[0]?.[0]).toBeCloseTo(leg.from[0], 0);
      expect(curve[0]?.[1]).toBeCloseTo(leg.from[1], 0);
      expect(curve.at(-1)?.[0]).toBeCloseTo(leg.to[0], 0);
      expect(curve.at(-1)?.[1]).toBeCloseTo(leg.to[1], 0);
      expect(tip?.[0]).toBeCloseTo(leg.to[0], 0);
      expect(tip?.[1]).toBeCloseTo(leg.to[1], 0);
      // The barbs sit as far from the tip on either side.
      const reach = (point: readonly [number, number] | undefined) =>
        Math.hypot((point?.[0] ?? NaN) - leg.to[0], (point?.[1] ?? NaN) - leg.to[1]);
      expect(reach(left)).toBeCloseTo(reach(right), 0);
      expect(reach(left)).toBeGreaterThan(0);
    });
  });

  it("marks as assumed exactly the legs whose departure is assumed", () => {
    const assumed = scene.geometry.filter((route) => route.isAssumed).map((route) => route.key);
    const expected = model.legs.filter((leg) => leg.row.departure === "assumed").map((leg) => leg.key);
    expect(expected.length).toBeGreaterThan(0);
    expect(assumed).toEqual(expected);
  });
});
