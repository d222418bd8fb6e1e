import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { prepareCharts } from "../src/charts/getCharts.ts";
import { chartIds } from "../src/charts/registry.ts";
import { realData } from "./realData.ts";

/**
 * The README tells editors which states each chart has; those lists are checked here against the
 * charts themselves, so a state added, renamed or removed in code fails until the README says so.
 */
const readme = readFileSync(new URL("../README.md", import.meta.url), "utf8");
const charts = prepareCharts(realData);

/** The README's bullet for one chart under "`state` is the state the chart shows", with its continuation lines. */
function bulletOf(chart: string): string {
  const lines = readme.split("\n");
  const start = lines.findIndex((line) => line.startsWith(`  - \`${chart}\`:`));
  if (start < 0) return "";
  const rest = lines.slice(start + 1);
  const end = rest.findIndex((line) => !line.startsWith("    "));
  return [lines[start], ...rest.slice(0, end < 0 ? rest.length : end)].join("\n");
}

describe("the README's lists of chart states", () => {
  it("has a bullet for every chart", () => {
    for (const chart of chartIds) expect(bulletOf(chart), chart).not.toBe("");
  });

  for (const chart of chartIds) {
    const states = charts[chart].states.map((state) => state.id);
    const isYears = states.every((state) => /^\d{4}$/.test(state));
    it(`names ${chart}'s states as the chart has them`, () => {
      const bullet = bulletOf(chart);
      if (isYears) {
        // Years come from the data: the README says so and gives examples that exist.
        const years = [...bullet.matchAll(/`(\d{4})`/g)].map((match) => match[1]);
        expect(years.length).toBeGreaterThan(0);
        for (const year of years) expect(states).toContain(year);
        return;
      }
      const first = bullet.split("(")[0] ?? "";
      const named = [...first.matchAll(/`([a-z0-9-]+)`/g)].map((match) => match[1]).filter((id) => id !== chart);
      expect(named).toEqual(states);
    });
  }
});
