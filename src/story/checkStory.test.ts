import { describe, expect, it } from "vitest";
import { realData, regionRows } from "../../test/realData.ts";
import type { DataIssue } from "../data/DataError.ts";
import { checkStory, type CheckedSection } from "./checkStory.ts";
import { readSection } from "./readSection.ts";

const states = { "sco-membership": ["2001", "2024"], "central-asia-trade": ["crossover", "record"] };

let nextOrder = 1;

/**
 * A section as the story loader builds it: frontmatter keys with their lines, the body read from
 * line `n + 1`. Sections get the next free order unless they set one (the sources section none);
 * that order counts no line, so the lines below are those of the keys given.
 */
function section(file: string, given: CheckedSection["frontmatter"], body: string): CheckedSection {
  const keys = Object.entries(given).filter(([, value]) => value !== undefined);
  const keyLines = Object.fromEntries(keys.map(([key], index) => [key, index + 2]));
  const frontmatter = file.endsWith("-sources.mdx") || "order" in given ? given : { ...given, order: nextOrder++ };
  return { file, frontmatter, keyLines, source: readSection(body, keys.length + 2) };
}

const opening = section("content/story/01-opening.mdx", { title: "O", headline: "H", dek: "D" }, "\nProse.\n");
const scrolly = (body: string, chart = "central-asia-trade", file = "content/story/05-test.mdx") =>
  section(file, { title: "T", chart }, body);
const step = (id: string, state: string, text = "Some text.") =>
  `<Step id="${id}" state="${state}">\n\n${text}\n\n</Step>\n`;

const sources = section("content/story/99-sources.mdx", { title: "Sources" }, "\nProse.\n");
const issuesOf = (...sections: CheckedSection[]): DataIssue[] =>
  checkStory([opening, ...sections, sources], states, realData);
const one = (...sections: CheckedSection[]): DataIssue => {
  const issues = issuesOf(...sections);
  expect(issues, JSON.stringify(issues)).toHaveLength(1);
  return issues[0] as DataIssue;
};

/** The CA5 row of a year, partner and source, from the data. */
const rowOf = (partner: "CHN" | "RUS", prefix: string, year: number) => {
  const row = regionRows(partner, prefix).find((each) => each.year === year);
  if (!row) throw new Error("fixture");
  return row;
};

describe("checkStory: steps and sections", () => {
  it("accepts well-formed steps", () => {
    expect(issuesOf(scrolly(step("founding", "2001") + step("belarus", "2024"), "sco-membership"))).toEqual([]);
  });

  it("names the file, line and allowed states for an unknown state", () => {
    const issue = one(scrolly(step("founding", "2001") + step("later", "2030"), "sco-membership"));
    expect(issue).toMatchObject({ file: "content/story/05-test.mdx", line: 10, field: "state" });
    expect(issue.message).toBe('"2030" is not a state of chart "sco-membership"; use one of: 2001, 2024.');
  });

  it("rejects a step id used twice, even across files, naming the first use", () => {
    const issue = one(
      scrolly(step("founding", "2001"), "sco-membership"),
      scrolly(step("founding", "record"), "central-asia-trade", "content/story/07-other.mdx"),
    );
    expect(issue).toMatchObject({ file: "content/story/07-other.mdx", line: 5, field: "id" });
    expect(issue.message).toContain('"founding" is already used at content/story/05-test.mdx:5');
  });

  it("rejects a step without text, without an id, or with a non-kebab id", () => {
    const body = `${step("empty", "2001", "")}\n<Step state="2001">\n\nx\n\n</Step>\n${step("Bad_Id", "2001")}`;
    const issues = issuesOf(scrolly(body, "sco-membership"));
    expect(issues.map((issue) => [issue.field, issue.line])).toEqual([
      ["(body)", 5],
      ["id", 11],
      ["id", 16],
    ]);
    expect(issues[0]?.message).toContain('the step "empty" has no text');
    expect(issues[1]?.message).toContain("the step has no id");
    expect(issues[2]?.message).toContain('"Bad_Id" is not kebab-case');
  });

  it("rejects a step without a state, listing the chart's states", () => {
    const issue = one(scrolly('<Step id="a">\n\nText.\n\n</Step>\n'));
    expect(issue).toMatchObject({ field: "state", line: 5 });
    expect(issue.message).toContain("crossover, record");
  });

  it("rejects steps in a prose section and a chart section without steps", () => {
    const prose = section("content/story/05-test.mdx", { title: "T" }, step("a", "2001"));
    expect(one(prose)).toMatchObject({ field: "chart", line: 4 });
    expect(one(prose).message).toMatch(/<Step> is only allowed in a scrolly section/);
    const empty = one(scrolly("\nJust prose.\n", "sco-membership"));
    expect(empty).toMatchObject({ line: 3, field: "chart" });
    expect(empty.message).toMatch(/needs at least one <Step/);
  });

  it("names the frontmatter line of an unknown chart", () => {
    const issue = one(scrolly(step("a", "2001"), "trade-map"));
    expect(issue).toMatchObject({ file: "content/story/05-test.mdx", line: 3, field: "chart" });
    expect(issue.message).toBe(
      '"trade-map" is not a chart of this story; use one of: sco-membership, central-asia-trade.',
    );
  });

  it("wants the headline and dek in the first section, and only there", () => {
    const untitled = section("content/story/01-opening.mdx", { title: "O" }, "\nProse.\n");
    const issues = checkStory([untitled, sources], states, realData);
    expect(issues).toEqual([
      expect.objectContaining({ file: "content/story/01-opening.mdx", line: 1, field: "headline" }),
    ]);
    const second = section("content/story/02-more.mdx", { title: "M", headline: "H2", dek: "D2" }, "\nProse.\n");
    const twice = checkStory([opening, second, sources], states, realData);
    expect(twice).toHaveLength(1);
    expect(twice[0]?.message).toContain("content/story/01-opening.mdx, content/story/02-more.mdx");
  });
});

describe("checkStory: figures", () => {
  const chn2008 = rowOf("CHN", "IMF DOTS (CHN-reported", 2008);
  const address = `central-asia-trade.csv:${chn2008.line}`;
  const written = chn2008.turnover_usd_bn.value.toFixed(chn2008.turnover_usd_bn.decimals);
  const houseStyle = `$${chn2008.turnover_usd_bn.value.toFixed(1)} billion`;

  it("accepts a cited figure in the house style", () => {
    expect(
      issuesOf(scrolly(step("a", "crossover", `China: [${houseStyle}](row:trade/2008/CHN/CA5/imf-chn).`))),
    ).toEqual([]);
  });

  it("reports a figure typed wrong with file, line, the figure and the row it should match", () => {
    const issue = one(scrolly(step("a", "crossover", "China: [$31.5 billion](row:trade/2008/CHN/CA5/imf-chn).")));
    expect(issue).toMatchObject({ file: "content/story/05-test.mdx", line: 7, field: "figure" });
    expect(issue.message).toBe(
      `"$31.5 billion" does not match ${address} (turnover_usd_bn ${written}); write "${houseStyle}".`,
    );
  });

  it("reports a cited figure with two decimals", () => {
    const issue = one(scrolly(step("a", "crossover", `China: [$${written} billion](row:trade/2008/CHN/CA5/imf-chn).`)));
    expect(issue.field).toBe("figure");
    expect(issue.message).toContain(`write "${houseStyle}"`);
  });

  it("reports an uncited figure, and a bare number with more than one decimal", () => {
    const issues = issuesOf(scrolly(step("a", "crossover", `China traded ${houseStyle}; Russia ${written}.`)));
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [7, "figure"],
      [7, "figure"],
    ]);
    expect(issues[0]?.message).toContain(`"${houseStyle}" has no data citation`);
    expect(issues[1]?.message).toContain(`"${written}" has more than one decimal`);
    expect(issues[1]?.message).toContain(`write it as [${houseStyle}](row:trade/2008/CHN/CA5/imf-chn)`);
  });

  it("reports an uncited figure at its own line in a paragraph wrapped over several lines", () => {
    const text = `China's trade with the region grew fast,\nreaching ${houseStyle} in 2008.`;
    const issue = one(scrolly(step("a", "crossover", text)));
    expect(issue).toMatchObject({ field: "figure", line: 8 });
  });

  it("reports a citation to a missing row, and to an ambiguous one with the options", () => {
    const missing = one(scrolly(step("a", "record", "[$1.0 billion](row:trade/1990/CHN/CA5/imf-chn)")));
    expect(missing).toMatchObject({ line: 7, field: "figure" });
    expect(missing.message).toMatch(/no row of central-asia-trade\.csv matches "trade\/1990\/CHN\/CA5\/imf-chn"/);
    const options = realData.trade.filter(
      (row) => row.year === 2024 && row.partner === "CHN" && row.reporter_iso3 === "CA5",
    );
    const ambiguous = one(scrolly(step("a", "record", "[$94.8 billion](row:trade/2024/CHN/CA5)")));
    expect(ambiguous.message).toContain(`matches ${options.length} rows`);
    for (const row of options) expect(ambiguous.message).toContain(`(line ${row.line})`);
  });

  it("checks citations in prose sections too", () => {
    const prose = section(
      "content/story/08-notes.mdx",
      { title: "S" },
      "See [$31.5 billion](row:trade/2008/CHN/CA5/imf-chn).\n",
    );
    expect(one(prose)).toMatchObject({ file: "content/story/08-notes.mdx", line: 4, field: "figure" });
  });

  it("reports a year the data does not hold, and a number in no data field", () => {
    const year = one(scrolly(step("a", "crossover", "In 1871 nothing happened.")));
    expect(year).toMatchObject({ line: 7, field: "year" });
    expect(year.message).toContain("1871 is a year the data does not hold");
    const number = one(scrolly(step("a", "crossover", "It took 37 tries.")));
    expect(number).toMatchObject({ line: 7, field: "number" });
    expect(number.message).toContain('"37" is in no data field');
  });

  it("reports every problem of a story in one run", () => {
    const issues = issuesOf(
      scrolly(
        step("a", "crossover", "[$31.5 billion](row:trade/2008/CHN/CA5/imf-chn) and $9 billion.") + step("b", "peak"),
      ),
    );
    expect(issues.map((issue) => issue.field).sort()).toEqual(["figure", "figure", "state"]);
  });
});
