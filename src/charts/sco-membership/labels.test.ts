import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { boxesOverlap, type Box } from "../shared/boxes.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { measureText } from "../shared/measureText.ts";
import { labelFontSize, layoutMapLabels, type MapLabel } from "./labels.ts";
import { layoutMembershipFrame } from "./layout.ts";
import { listMembershipStates } from "./states.ts";

const rows = realData.membership;
const geography = eurasiaFor(realData);
const states = listMembershipStates(rows);
const names = Object.fromEntries(rows.map((row) => [row.iso3, row.country]));

/** A label's box as the SVG draws it: bold, centred on x, baseline at y. */
const boxOf = (label: MapLabel): Box => {
  const half = measureText(label.text, labelFontSize, true) / 2;
  return {
    left: label.x - half,
    right: label.x + half,
    top: label.y - 0.8 * labelFontSize,
    bottom: label.y + 0.2 * labelFontSize,
  };
};

/** Every frame a reader may meet: each state after the one before it, and after any earlier step. */
const frames = states.flatMap((stateId, index) =>
  [undefined, ...states.slice(0, index)].map((since) => layoutMembershipFrame(rows, stateId, geography, since)),
);

describe("newcomer labels", () => {
  it("name every country that changed status, with the data's name", () => {
    for (const frame of frames) {
      expect(frame.labels.map((label) => label.key).sort()).toEqual([...frame.changedKeys].sort());
      for (const label of frame.labels) expect(label.text).toBe(names[label.key]);
    }
    expect(layoutMembershipFrame(rows, "2024", geography).labels.map((label) => label.text)).toEqual(["Belarus"]);
  });

  it("keep every label inside the map", () => {
    for (const frame of frames) {
      for (const label of frame.labels) {
        const box = boxOf(label);
        const where = `${frame.stateId}: ${label.text}`;
        expect(box.left, where).toBeGreaterThanOrEqual(0);
        expect(box.right, where).toBeLessThanOrEqual(geography.width);
        expect(box.top, where).toBeGreaterThanOrEqual(0);
        expect(box.bottom, where).toBeLessThanOrEqual(geography.height);
      }
    }
  });

  it("place labels without overlap, even when many countries changed since the step before", () => {
    expect(Math.max(...frames.map((frame) => frame.labels.length))).toBeGreaterThan(10);
    for (const frame of frames) {
      const boxes = frame.labels.map((label) => ({ label, box: boxOf(label) }));
      boxes.forEach((a, i) => {
        for (const b of boxes.slice(i + 1)) {
          expect(boxesOverlap(a.box, b.box), `${frame.stateId}: ${a.label.text} / ${b.label.text}`).toBe(false);
        }
      });
    }
  });

  it("sit at the country they name, moved down only as far as another label requires", () => {
    for (const frame of frames) {
      for (const label of frame.labels) {
        const [x = 0, y = 0] = geography.anchors[label.key] ?? [];
        expect(label.y, label.text).toBeGreaterThanOrEqual(Math.min(y, geography.height - 4) - 1);
        expect(Math.abs(label.x - x) <= measureText(label.text, labelFontSize, true), label.text).toBe(true);
      }
    }
  });

  it("skip a country the map cannot place rather than inventing a position", () => {
    expect(layoutMapLabels(geography, ["KAZ", "ATA"], names).map((label) => label.key)).toEqual(["KAZ"]);
  });
});
