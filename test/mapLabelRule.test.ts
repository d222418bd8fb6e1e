import { describe, expect, it } from "vitest";
import { eurasiaFor } from "../src/charts/shared/eurasia/eurasiaFor.ts";
import { baselineFor } from "../src/charts/shared/eurasia/labelBox.ts";
import { countryUnder, labelRuleProblems } from "./mapLabelRule.ts";
import { realData } from "./realData.ts";

const geography = eurasiaFor(realData);
const coloured = new Set(["KAZ", "IRN", "ARM", "TUR", "AZE", "RUS", "CHN", "UZB"]);
const onShape = (key: string) => ({ ownKeys: [key] });
/** A label centred on a point, as the layouts write one. */
const at = (key: string, text: string, [x, y]: readonly [number, number]) => ({
  key,
  text,
  x,
  y: baselineFor(y),
  anchor: "middle" as const,
});

describe("the maps' label rule (the check the layouts' tests use)", () => {
  it("reads countries from the outlines: Astana in Kazakhstan, the Arabian Sea in none", () => {
    const astana = geography.project([71.45, 51.17]);
    expect(countryUnder(geography, coloured, astana)).toBe("KAZ");
    expect(countryUnder(geography, coloured, geography.project([65, 15]))).toBeUndefined();
  });

  it("passes a name on its own country, and one with a leader line from it", () => {
    const kazakhstan = geography.anchors.KAZ ?? [0, 0];
    expect(labelRuleProblems("t", [at("KAZ", "Kazakhstan", kazakhstan)], geography, coloured, onShape)).toEqual([]);
    const armenia = geography.anchors.ARM ?? [0, 0];
    const away = at("ARM", "Armenia", [armenia[0] - 120, armenia[1] + 200]);
    const leader = { x1: armenia[0], y1: armenia[1], x2: away.x, y2: away.y - 31 };
    expect(labelRuleProblems("t", [{ ...away, leader }], geography, coloured, onShape)).toEqual([]);
  });

  it("fails a name lying over another coloured country without a leader line, as Armenia once lay on Iran", () => {
    const iran = geography.anchors.IRN ?? [0, 0];
    const problems = labelRuleProblems("2017", [at("ARM", "Armenia", iran)], geography, coloured, onShape);
    expect(problems).toEqual([
      "2017 Armenia: is not on its own shape and has no leader line",
      expect.stringMatching(/^2017 Armenia: lies over another coloured country/),
    ]);
  });

  it("fails a leader line that starts off what it names, or stops short of its name", () => {
    const iran = geography.anchors.IRN ?? [0, 0];
    const label = at("ARM", "Armenia", [iran[0], iran[1] + 150]);
    const fromIran = { ...label, leader: { x1: iran[0], y1: iran[1], x2: label.x, y2: label.y - 31 } };
    expect(labelRuleProblems("t", [fromIran], geography, coloured, onShape)).toEqual([
      "t Armenia: its leader line does not start on what it names",
    ]);
    const armenia = geography.anchors.ARM ?? [0, 0];
    const short = { ...label, leader: { x1: armenia[0], y1: armenia[1], x2: armenia[0] + 5, y2: armenia[1] + 5 } };
    expect(labelRuleProblems("t", [short], geography, coloured, onShape)).toEqual([
      "t Armenia: its leader line does not reach it",
    ]);
  });

  it("fails a city's name standing away from its city without a leader line", () => {
    const moscow = geography.project([37.62, 55.76]);
    const far = at("city-moscow", "Moscow", [moscow[0] + 200, moscow[1] + 100]);
    const problems = labelRuleProblems("t", [far], geography, coloured, () => ({ ownKeys: ["RUS"], point: moscow }));
    expect(problems).toContain("t Moscow: stands away from its point without a leader line");
  });
});
