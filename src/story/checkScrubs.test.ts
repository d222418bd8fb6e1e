import { describe, expect, it } from "vitest";
import { prepareCharts } from "../charts/getCharts.ts";
import { realData } from "../../test/realData.ts";
import { checkScrubs } from "./checkScrubs.ts";
import type { CheckedSection } from "./checkStory.ts";

const charts = prepareCharts(realData);
const scrubs = Object.fromEntries(Object.entries(charts).map(([id, chart]) => [id, chart.scrub]));
/** The trade chart's first year and the last year its "crossover" state draws, from the data. */
const tradeYears = realData.trade.map((row) => row.year);
const firstYear = Math.min(...tradeYears);
const crossoverEnd = charts["central-asia-trade"].scrub?.valuesOf("crossover").at(-1) ?? NaN;

function sectionWith(chart: string, state: string, scrub: string): CheckedSection {
  return {
    file: "content/story/02-trade.mdx",
    frontmatter: { title: "A section", chart },
    keyLines: { chart: 3 },
    source: {
      steps: [{ id: "a-step", state, scrub, formerly: [], line: 7, text: "Words.", citations: [] }],
      proseCitations: [],
      text: "",
      uncitedText: [],
      blocks: [],
      problems: [],
    },
  };
}

describe("checkScrubs", () => {
  it("accepts a range from a year on the axis to the state's last year", () => {
    expect(
      checkScrubs([sectionWith("central-asia-trade", "crossover", `${firstYear}-${crossoverEnd}`)], scrubs),
    ).toEqual([]);
  });

  it.each([
    ["a reversed range", `${crossoverEnd}-${firstYear}`, /runs backwards/],
    ["a year outside the data", `${firstYear - 5}-${crossoverEnd}`, /is not one of the years/],
    [
      "an end short of the state's last year",
      `${firstYear}-${crossoverEnd - 1}`,
      new RegExp(`must end on ${crossoverEnd}`),
    ],
    ["words instead of years", "early-late", /is not a range of years/],
  ])("refuses %s with the file, line, field and the allowed years", (_, scrub, message) => {
    const [issue] = checkScrubs([sectionWith("central-asia-trade", "crossover", scrub)], scrubs);
    expect(issue).toMatchObject({ file: "content/story/02-trade.mdx", line: 7, field: "scrub" });
    expect(issue?.message).toMatch(message);
    expect(issue?.message).toContain(`${firstYear}–${crossoverEnd - 1}`);
  });

  it("refuses a scrub on a chart that does not scrub, and on the bar view", () => {
    const noScrub = Object.entries(scrubs).find(([, contract]) => contract === undefined)?.[0];
    if (noScrub) {
      const state = charts[noScrub as keyof typeof charts].states[0]?.id ?? "";
      expect(checkScrubs([sectionWith(noScrub, state, "2001-2002")], scrubs)[0]?.message).toMatch(/does not scrub/);
    }
    expect(checkScrubs([sectionWith("central-asia-trade", "by-country", "2001-2023")], scrubs)[0]?.message).toMatch(
      /cannot be scrubbed/,
    );
  });
});
