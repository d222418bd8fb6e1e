import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { chartSizes } from "../central-asia-trade/layout/dimensions.ts";
import { layoutTradeChart } from "../central-asia-trade/layout/layoutTradeChart.ts";
import { buildTradeModel } from "../central-asia-trade/model/buildModel.ts";
import { tradeStateIds } from "../central-asia-trade/states.ts";
import { layoutMembershipFrame } from "../sco-membership/layout.ts";
import { listMembershipStates } from "../sco-membership/states.ts";
import { eurasiaFor } from "./eurasia/eurasiaFor.ts";
import { decodeFrames, encodeFrames } from "./frameDelta.ts";

/** Encodes, sends as JSON text (as the page does) and decodes. */
const roundTrip = (frames: readonly unknown[]) =>
  decodeFrames(JSON.parse(JSON.stringify(encodeFrames(frames))) as ReturnType<typeof encodeFrames>);

describe("encodeFrames and decodeFrames", () => {
  it("give back frames that add, change and remove keys, and arrays that change length", () => {
    const frames = [
      { a: 1, list: [1, 2, 3], nested: { x: "a", y: [true] } },
      { a: 2, list: [1, 5, 3], nested: { x: "a" }, added: null },
      { list: [9], nested: { x: "b", y: [false, true] }, added: { deep: [1, { z: 2 }] } },
      { list: [], nested: 4, added: "text" },
      { list: [], nested: 4, added: "text" },
    ];
    expect(roundTrip(frames)).toEqual(frames);
  });

  it("send the first frame whole and only what changed after it", () => {
    const big = Array.from({ length: 200 }, (_, index) => ({ key: `k${index}`, x: index }));
    const next = big.map((mark) => (mark.key === "k7" ? { ...mark, x: -1 } : mark));
    const encoded = encodeFrames([big, next, next]);
    expect(encoded.first).toEqual(big);
    expect(encoded.patches[0]).toEqual({ a: { 7: { o: { x: { $: -1 } } } } });
    expect(encoded.patches[1]).toEqual({ o: {} });
  });

  it("leave an empty sequence empty-handed and a single frame whole", () => {
    expect(encodeFrames([])).toEqual({ first: null, patches: [] });
    expect(roundTrip([{ a: 1 }])).toEqual([{ a: 1 }]);
  });

  it("drop what JSON cannot carry, as the page's JSON would", () => {
    expect(roundTrip([{ a: 1, skip: undefined }])).toEqual([{ a: 1 }]);
  });
});

describe("the real frames of both charts", () => {
  it("survive the trip: the trade chart, every state at both sizes, in story order and back", () => {
    const model = buildTradeModel(realData);
    const frames = tradeStateIds.map((stateId) => ({
      stateId,
      scenes: Object.fromEntries(chartSizes.map((size) => [size, layoutTradeChart(model, stateId, size)])),
    }));
    expect(roundTrip(frames)).toEqual(frames);
    expect(roundTrip([...frames].reverse())).toEqual([...frames].reverse());
  });

  it("survive the trip: the SCO map, every state after the one before", () => {
    const rows = realData.membership;
    const geography = eurasiaFor(realData);
    const states = listMembershipStates(rows);
    const frames = states.map((stateId, index) => layoutMembershipFrame(rows, stateId, geography, states[index - 1]));
    expect(roundTrip(frames)).toEqual(frames);
  });
});
