import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { eurasiaFor } from "../../shared/eurasia/eurasiaFor.ts";
import { layoutMembershipChart } from "../layout.ts";
import { listMembershipStates } from "../states.ts";
import { mapStatuses } from "../status.ts";
import { mapSvg } from "./mapSvg.ts";

const rows = realData.membership;
const geography = eurasiaFor(realData);
const options = { idPrefix: "m", title: "The SCO" };

/** The attributes of every element with a `name` attribute, in document order. */
function elementsWith(svg: string, name: string): Record<string, string>[] {
  return [...svg.matchAll(new RegExp(`<\\w+ [^>]*\\b${name}="[^>]*>`, "g"))].map(([tag]) =>
    Object.fromEntries([...tag.matchAll(/([\w-]+)="([^"]*)"/g)].map(([, key = "", value = ""]) => [key, value])),
  );
}

describe("mapSvg", () => {
  it("draws every country the data mentions once, keyed by ISO3, with its status in the state drawn", () => {
    for (const stateId of listMembershipStates(rows)) {
      const scene = layoutMembershipChart(rows, stateId, geography);
      const marks = elementsWith(mapSvg(scene, options), "data-key");
      expect(marks.map((mark) => mark["data-key"]).sort(), stateId).toEqual(Object.keys(scene.statuses).sort());
      for (const mark of marks) {
        expect(mark["data-key"]).toMatch(/^[A-Z]{3}$/);
        expect(mark["data-status"], `${stateId} ${mark["data-key"]}`).toBe(scene.statuses[mark["data-key"] ?? ""]);
        expect(mapStatuses as readonly string[]).toContain(mark["data-status"]);
        expect("data-changed" in mark, `${stateId} ${mark["data-key"]}`).toBe(
          scene.changedKeys.includes(mark["data-key"] ?? ""),
        );
      }
    }
  });

  it("uses shanghai-five in 1996 only", () => {
    for (const stateId of listMembershipStates(rows)) {
      const svg = mapSvg(layoutMembershipChart(rows, stateId, geography), options);
      expect(svg.includes('data-status="shanghai-five"'), stateId).toBe(stateId === "1996");
    }
  });

  it("draws the small states as dots at their place", () => {
    const svg = mapSvg(layoutMembershipChart(rows, "2022", geography), options);
    for (const dot of geography.dots) {
      expect(svg).toMatch(new RegExp(`<circle cx="${dot.cx}" cy="${dot.cy}" r="\\d+" data-key="${dot.key}"`));
    }
    expect(geography.dots.length).toBeGreaterThan(0);
  });

  it("writes the changed countries' names, and in the live map a hidden name for every country", () => {
    const scene = layoutMembershipChart(rows, "2017", geography);
    const still = elementsWith(mapSvg(scene, options), "data-label");
    expect(still.map((label) => label["data-label"])).toEqual(scene.labels.map((label) => label.key));
    expect(still.every((label) => label["data-visible"] === "true")).toBe(true);
    const live = elementsWith(mapSvg(scene, { ...options, labelKeys: Object.keys(scene.names) }), "data-label");
    expect(live.map((label) => label["data-label"]).sort()).toEqual(Object.keys(scene.names).sort());
    for (const label of live) {
      expect(label["data-visible"]).toBe(String(scene.changedKeys.includes(label["data-label"] ?? "")));
    }
  });

  it("draws a leader line for each name standing off its country, and hides the others", () => {
    let drawn = 0;
    for (const stateId of listMembershipStates(rows)) {
      const scene = layoutMembershipChart(rows, stateId, geography);
      const leaders = elementsWith(mapSvg(scene, options), "data-leader");
      expect(leaders.map((leader) => leader["data-leader"])).toEqual(scene.labels.map((label) => label.key));
      for (const label of scene.labels) {
        const leader = leaders.find((each) => each["data-leader"] === label.key);
        expect(leader?.["data-visible"], `${stateId} ${label.key}`).toBe(String(Boolean(label.leader)));
        if (label.leader) expect(leader?.x1).toBe(String(label.leader.x1));
      }
      drawn += scene.labels.filter((label) => label.leader).length;
    }
    expect(drawn).toBeGreaterThan(0);
  });

  it("is an image named and described, or hidden when decorative", () => {
    const scene = layoutMembershipChart(rows, "2024", geography);
    const svg = mapSvg(scene, options);
    expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="m-title m-desc"/);
    expect(svg).toContain(`viewBox="0 0 ${geography.width} ${geography.height}"`);
    expect(svg).toContain(`<desc id="m-desc" data-role="description">${scene.description}</desc>`);
    const decorative = mapSvg(scene, { ...options, isDecorative: true });
    expect(decorative).toMatch(/^<svg [^>]*aria-hidden="true"/);
    expect(decorative).not.toMatch(/^<svg [^>]*role=/);
  });
});
