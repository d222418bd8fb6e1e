import { describe, expect, it } from "vitest";
import { realData } from "../../../../test/realData.ts";
import { eurasiaFor } from "../../shared/eurasia/eurasiaFor.ts";
import { layoutSummitChart } from "../layout.ts";
import { buildSummitModel } from "../model.ts";
import { summitStateIds } from "../states.ts";
import { labelAttributes, leaderAttributes } from "../../shared/eurasia/mapLabelsSvg.ts";
import { routeAttributes } from "./routeAttributes.ts";
import { summitSvg } from "./summitSvg.ts";

const geography = eurasiaFor(realData);
const model = buildSummitModel(realData, geography);
const options = { idPrefix: "t", title: "Test map" };

/** Problems that would stop an XML parser: unbalanced or malformed tags, bare "&", repeated attributes or ids. */
function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const ids = new Set<string>();
  let roots = 0;
  const badAmpersand = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[\da-f]+);)/i;
  for (const [token] of xml.replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, "").matchAll(/<[^>]*>|[^<]+/g)) {
    if (!token.startsWith("<")) {
      if (stack.length === 0) problems.push(`text outside the root: ${token.slice(0, 40)}`);
      if (badAmpersand.test(token)) problems.push(`bare & in text: ${token.slice(0, 40)}`);
      continue;
    }
    const close = /^<\/([\w:-]+)>$/.exec(token);
    if (close) {
      const open = stack.pop();
      if (open !== close[1]) problems.push(`</${close[1]}> closes <${open}>`);
      continue;
    }
    const open = /^<([\w:-]+)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>$/.exec(token);
    if (!open) {
      problems.push(`malformed tag: ${token.slice(0, 60)}`);
      continue;
    }
    const attributes = [...(open[2] ?? "").matchAll(/([\w:-]+)="([^"]*)"/g)];
    const names = attributes.map((match) => match[1]);
    if (new Set(names).size !== names.length) problems.push(`repeated attribute: ${token.slice(0, 60)}`);
    for (const [, name, value] of attributes) {
      if (badAmpersand.test(value ?? "")) problems.push(`bare & in ${name}`);
      if (name === "id" && value !== undefined) {
        if (ids.has(value)) problems.push(`repeated id ${value}`);
        ids.add(value);
      }
    }
    if (stack.length === 0) roots += 1;
    if (!open[3]) stack.push(open[1] ?? "");
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(" > ")}`);
  if (roots !== 1) problems.push(`${roots} root elements`);
  return problems;
}

/** The opening tags of the elements carrying `attribute`, each as a record of its attributes. */
function elementsWith(markup: string, attribute: string): Record<string, string>[] {
  return [...markup.matchAll(new RegExp(`<[\\w-]+\\s[^>]*\\b${attribute}="[^"]*"[^>]*>`, "g"))].map(([tag]) =>
    Object.fromEntries([...tag.matchAll(/([\w:-]+)="([^"]*)"/g)].map((m) => [m[1], m[2]])),
  );
}

describe("summitSvg", () => {
  it("is checked by a well-formedness test that catches broken markup", () => {
    expect(xmlProblems('<svg><g id="a"><text>x &amp; y</text></g></svg>')).toEqual([]);
    for (const broken of [
      "<svg><g></svg>",
      "<svg><g></g>",
      "<svg>R&D</svg>",
      '<svg a="1" a="2"></svg>',
      "<svg></svg><g></g>",
    ]) {
      expect(xmlProblems(broken), broken).not.toEqual([]);
    }
  });

  it.each(summitStateIds)("is well-formed markup in %s", (id) => {
    expect(xmlProblems(summitSvg(layoutSummitChart(model, id, geography), options))).toEqual([]);
  });

  it("has one route group per leg, marked assumed only where the departure is assumed", () => {
    const routes = elementsWith(summitSvg(layoutSummitChart(model, "summit", geography), options), "data-route");
    expect(routes.map((route) => route["data-route"])).toEqual(model.legs.map((leg) => leg.key));
    model.legs.forEach((leg, index) => {
      expect(routes[index]?.["data-assumed"], leg.key).toBe(leg.row.departure === "assumed" ? "true" : undefined);
    });
  });

  it.each(summitStateIds)("writes each route's, each name's and each leader line's state of %s", (id) => {
    const scene = layoutSummitChart(model, id, geography);
    const markup = summitSvg(scene, options);
    const routes = elementsWith(markup, "data-route");
    scene.routes.forEach((route, index) => expect(routes[index]).toMatchObject(routeAttributes(route)));
    const placeOf = new Map(scene.labels.map((label) => [label.key, label]));
    const labels = elementsWith(markup, "data-label");
    expect(labels.map((label) => label["data-label"])).toEqual(scene.labelNodes.map((node) => node.key));
    for (const label of labels) expect(label).toMatchObject(labelAttributes(placeOf.get(label["data-label"] ?? "")));
    const leaders = elementsWith(markup, "data-leader");
    expect(leaders.map((leader) => leader["data-leader"])).toEqual(scene.labelNodes.map((node) => node.key));
    for (const leader of leaders) {
      expect(leader).toMatchObject(leaderAttributes(placeOf.get(leader["data-leader"] ?? "")));
    }
    expect(labels.filter((label) => label["data-visible"] === "true").length).toBe(scene.labels.length);
  });

  it("outlines the guests of the state's meeting, and no one in other states", () => {
    for (const id of summitStateIds) {
      const markup = summitSvg(layoutSummitChart(model, id, geography), options);
      const outlined = elementsWith(markup, "data-key").filter((mark) => "data-guest" in mark);
      const guests = realData.attendance.filter(
        (row) => row.iso3 && row.meeting === (id === "sco-plus" ? "sco-plus" : "none") && row.attendance !== "absent",
      );
      expect(outlined.map((mark) => mark["data-key"]).sort(), id).toEqual(guests.map((row) => row.iso3).sort());
    }
  });

  it("colours every country of the attendance rows (one on no list found too) by its row", () => {
    const markup = summitSvg(layoutSummitChart(model, "summit", geography), options);
    const coloured = elementsWith(markup, "data-attendance").map((mark) => [mark["data-key"], mark["data-attendance"]]);
    const expected = realData.attendance.filter((row) => row.iso3).map((row) => [row.iso3, row.attendance]);
    expect(coloured.sort()).toEqual(expected.sort());
  });

  it("is labelled by its own title and description, or hidden when decorative", () => {
    const scene = layoutSummitChart(model, "xi-arrives", geography);
    const markup = summitSvg(scene, options);
    const [root] = elementsWith(markup, "viewBox");
    expect(root).toMatchObject({ role: "img", "aria-labelledby": "t-title t-desc" });
    expect(root?.viewBox).toBe(`0 0 ${geography.width} ${geography.height}`);
    expect(markup).toContain('<title id="t-title">Test map</title>');
    expect(markup).toMatch(/<desc id="t-desc"[^>]*>([^<]*)<\/desc>/);
    const decorative = elementsWith(summitSvg(scene, { ...options, isDecorative: true }), "viewBox")[0];
    expect(decorative?.["aria-hidden"]).toBe("true");
    expect(decorative?.role).toBeUndefined();
    expect(decorative?.["aria-labelledby"]).toBeUndefined();
  });

  it("escapes the data's words, staying well-formed", () => {
    const [trip] = realData.trips;
    const [row] = realData.attendance;
    if (!trip || !row) throw new Error("no rows");
    const data = {
      ...realData,
      trips: realData.trips.map((r) => (r === trip ? { ...r, leader: "A <B> & C" } : r)),
      attendance: realData.attendance.map((r) => (r === row ? { ...r, representative: 'Mr "& host"' } : r)),
    };
    const edited = buildSummitModel(data, geography);
    const stateId = summitStateIds.find((id) => layoutSummitChart(edited, id, geography).description.includes("A <B>"));
    const scene = layoutSummitChart(edited, stateId ?? "xi-arrives", geography);
    const markup = summitSvg(scene, { ...options, title: "Q & A" });
    expect(xmlProblems(markup)).toEqual([]);
    expect(markup).toContain("A &lt;B&gt; &amp; C");
    expect(markup).toContain("Mr &quot;&amp; host&quot;");
    expect(markup).toContain(">Q &amp; A</title>");
  });
});
