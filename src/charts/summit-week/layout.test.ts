import { describe, expect, it } from "vitest";
import { labelRuleProblems, type LabelTarget } from "../../../test/mapLabelRule.ts";
import { realData } from "../../../test/realData.ts";
import { boxesOverlap } from "../shared/boxes.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { labelBox } from "../shared/eurasia/labelBox.ts";
import { segmentHitsBox } from "../shared/eurasia/segments.ts";
import { layoutSummitChart, layoutSummitFrame } from "./layout.ts";
import { buildSummitModel } from "./model.ts";
import { summitCity, summitStateIds, summitStateSpecs, type SummitStateId } from "./states.ts";

const geography = eurasiaFor(realData);
const model = buildSummitModel(realData, geography);
const frames = summitStateIds.map((id) => layoutSummitFrame(model, id, geography));
const inWindow = (date: string, [first, last]: readonly [string, string]) =>
  Date.parse(date) >= Date.parse(first) && Date.parse(date) <= Date.parse(last);
const specOf = (id: string) => summitStateSpecs[id as SummitStateId];

/** A state's meeting guests, from the attendance CSV (none for a state about journeys). */
const guestsOf = (id: string) => realData.attendance.filter((row) => row.meeting === specOf(id).meeting);
/** The travellers a state names, from its spec and the attendance CSV (undefined: everyone). */
const travellersOf = (id: string) =>
  specOf(id).travellers ?? (specOf(id).meeting ? guestsOf(id).map((row) => row.representative) : undefined);
/** Guest countries outlined and named in a state: its guests with an ISO3 code. */
const guestCountries = (id: string) => guestsOf(id).flatMap((row) => (row.iso3 ? [row.iso3] : []));

/** Numbers of a path string, as [x, y] pairs. */
const pointsOf = (path: string) => {
  const numbers = (path.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
  return numbers.flatMap((value, index) => (index % 2 === 0 ? [[value, numbers[index + 1] ?? NaN] as const] : []));
};

/** A city of cities.csv on the map. */
const cityAt = (name: string) => {
  const city = realData.cities.find((row) => row.city === name);
  return city ? { ownKeys: [city.iso3], point: geography.project([city.lon, city.lat]) } : undefined;
};

/** What a summit label names, read from the CSV rows: a leg's start city, a city, or a guest country. */
function targetOf(key: string): LabelTarget | undefined {
  if (key.startsWith("guest-")) return { ownKeys: [key.slice("guest-".length)] };
  const leg = model.legs.find((candidate) => `leg-${candidate.key}` === key);
  if (leg) return cityAt(leg.row.from_city);
  const city = realData.cities.find((row) => `city-${row.city.toLowerCase().replace(/\s+/g, "-")}` === key);
  return city ? cityAt(city.city) : undefined;
}

/** The countries the summit map colours: every attendance row with an ISO3 code. */
const coloured = new Set(realData.attendance.flatMap((row) => (row.iso3 ? [row.iso3] : [])));

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

  it("lists the same routes, in the same order, in every state, and places only names the map carries", () => {
    const legKeys = model.legs.map((leg) => leg.key);
    const nodes = new Set(layoutSummitChart(model, "summit", geography).labelNodes.map((node) => node.key));
    expect(nodes).toEqual(
      new Set([...legKeys.map((key) => `leg-${key}`), ...[...nodes].filter((k) => !k.startsWith("leg-"))]),
    );
    for (const frame of frames) {
      expect(
        frame.routes.map((route) => route.key),
        frame.stateId,
      ).toEqual(legKeys);
      for (const label of frame.labels) expect(nodes, `${frame.stateId} ${label.key}`).toContain(label.key);
    }
  });

  it("names the legs its travellers flew in the window, and draws them", () => {
    for (const frame of frames) {
      const travellers = travellersOf(frame.stateId);
      model.legs.forEach((leg, index) => {
        const route = frame.routes[index];
        const isTraveller = travellers === undefined || travellers.includes(leg.row.leader);
        expect(route?.isNamed, `${frame.stateId} ${leg.key}`).toBe(
          inWindow(leg.row.date_start, specOf(frame.stateId).window) && isTraveller,
        );
        if (route?.isNamed) expect(route.isVisible, `${frame.stateId} ${leg.key}`).toBe(true);
      });
    }
    // Not vacuous: the SCO Plus state names its guests' journeys, and only theirs.
    const guests = frames.find((frame) => frame.stateId === "sco-plus");
    const named = model.legs.filter((_, index) => guests?.routes[index]?.isNamed).map((leg) => leg.row.leader);
    expect(new Set(named)).toEqual(
      new Set(
        realData.trips
          .filter((t) => guestsOf("sco-plus").some((g) => g.representative === t.leader))
          .map((t) => t.leader),
      ),
    );
  });

  it("keeps the other legs into the summit city up to the window's end as faded context, and hides every other leg", () => {
    for (const frame of frames) {
      const [, last] = specOf(frame.stateId).window;
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
      // A guest country's traveller is named by the country instead.
      if (guestCountries(id).includes(leg.row.country_iso3)) continue;
      if (route?.isNamed && !first.has(leg.row.leader)) first.set(leg.row.leader, `leg-${leg.key}`);
    }
    const shown = frame.labels.filter((label) => label.key.startsWith("leg-"));
    expect(shown.map((label) => label.key).sort()).toEqual([...first.values()].sort());
  });

  it("writes a traveller's name with their start city, or their short name where that finds no room", () => {
    for (const frame of frames) {
      for (const label of frame.labels.filter((each) => each.key.startsWith("leg-"))) {
        const leg = model.legs.find((candidate) => `leg-${candidate.key}` === label.key);
        const row = leg?.row;
        if (!row) throw new Error(label.key);
        const name = row.leader.split(" ").at(row.leader === "Xi Jinping" ? 0 : -1) ?? "";
        const organisation = realData.attendance.find((a) => !a.iso3 && a.representative === row.leader);
        const from = row.departure === "assumed" ? ` (${row.from_city}, assumed)` : ` from ${row.from_city}`;
        const texts = organisation ? [`${name} (UN)`] : [`${name}${from}`, name];
        expect(texts, `${frame.stateId} ${label.key}`).toContain(label.text);
      }
    }
  });

  it("names and outlines a meeting's guest countries in its own state only", () => {
    for (const frame of frames) {
      const expected = guestCountries(frame.stateId).filter(
        (iso3) => realData.attendance.find((row) => row.iso3 === iso3)?.attendance !== "absent",
      );
      expect([...frame.guests].sort(), frame.stateId).toEqual([...expected].sort());
      const named = frame.labels.filter((label) => label.key.startsWith("guest-")).map((label) => label.key.slice(6));
      expect(named.sort(), frame.stateId).toEqual([...expected].sort());
      expect(frame.legendNote !== "", frame.stateId).toBe(expected.length > 0);
    }
    expect(frames.find((frame) => frame.stateId === "sco-plus")?.guests.length).toBeGreaterThan(3);
  });

  it("names only cities a named leg reaches, other than the summit city", () => {
    for (const frame of frames) {
      const reached = new Set(
        model.legs
          .filter((leg, index) => frame.routes[index]?.isNamed && leg.row.to_city !== summitCity)
          .map((leg) => leg.row.to_city),
      );
      const shown = frame.labels.filter((label) => label.key.startsWith("city-") && label.text !== summitCity);
      for (const label of shown) expect(reached, `${frame.stateId}: ${label.text}`).toContain(label.text);
    }
    // Not vacuous: Modi's week ends in Moscow and Vienna, and the map says so.
    const modi = frames.find((frame) => frame.stateId === "modi-moscow");
    expect(modi?.labels.map((label) => label.text)).toEqual(expect.arrayContaining(["Moscow", "Vienna"]));
  });

  it("always names the summit city", () => {
    for (const frame of frames)
      expect(
        frame.labels.map((label) => label.text),
        frame.stateId,
      ).toContain(summitCity);
  });

  it("sets every name by its own city or on its own country, or with a leader line from it, never over another coloured country without one", () => {
    const problems = frames.flatMap((frame) =>
      labelRuleProblems(frame.stateId, frame.labels, geography, coloured, targetOf),
    );
    expect(problems).toEqual([]);
    const all = frames.flatMap((frame) => frame.labels);
    expect(all.some((label) => label.leader)).toBe(true);
    expect(all.some((label) => !label.leader)).toBe(true);
  });

  it("keeps every name inside the map and clear of the others, their leader lines and the city dots", () => {
    for (const frame of frames) {
      const boxes = frame.labels.map((label) => ({ label, box: labelBox(label) }));
      for (const { label, box } of boxes) {
        const at = `${frame.stateId} ${label.key}`;
        expect(box.left, at).toBeGreaterThanOrEqual(0);
        expect(box.top, at).toBeGreaterThanOrEqual(0);
        expect(box.right, at).toBeLessThanOrEqual(geography.width);
        expect(box.bottom, at).toBeLessThanOrEqual(geography.height);
        for (const city of realData.cities) {
          const [x, y] = geography.project([city.lon, city.lat]);
          const dot = { left: x - 5, right: x + 5, top: y - 5, bottom: y + 5 };
          if (targetOf(label.key)?.point?.[0] !== x) expect(boxesOverlap(box, dot), `${at} / ${city.city}`).toBe(false);
        }
      }
      boxes.forEach((a, index) => {
        for (const b of boxes.slice(index + 1)) {
          const pair = `${frame.stateId}: ${a.label.key} / ${b.label.key}`;
          expect(boxesOverlap(a.box, b.box), pair).toBe(false);
          if (a.label.leader) expect(segmentHitsBox(a.label.leader, b.box), pair).toBe(false);
          if (b.label.leader) expect(segmentHitsBox(b.label.leader, a.box), pair).toBe(false);
        }
      });
    }
  });
});

describe("layoutSummitChart", () => {
  const scene = layoutSummitChart(model, "summit", geography);

  it("adds to the frame the colours of the countries that have an ISO3 code", () => {
    expect(scene).toMatchObject(JSON.parse(JSON.stringify(layoutSummitFrame(model, "summit", geography))));
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
