import { describe, expect, it } from "vitest";
import { csvFixture, issuesOf } from "../../test/csvFixtures.ts";
import { checkTripRows, departureKinds, tripColumns, tripRowSchema } from "./tripRow.ts";

const file = "content/data/summit-week-trips.csv";
const good = "Xi Jinping,CHN,Beijing,Astana,KAZ,2024-07-02,2024-07-04,SCO summit,https://example.org/a,note,reported";
const organisation =
  "António Guterres,,Almaty,Astana,KAZ,2024-07-03,2024-07-04,SCO Plus,https://example.org/b,,reported";

const { parse, withCell } = csvFixture({ file, schema: tripRowSchema, columns: tripColumns, good });

describe("tripRowSchema", () => {
  it("accepts a leg, and an organisation's leg without a country, keeping their lines", () => {
    const rows = parse(good, organisation);
    expect(rows[0]).toMatchObject({ leader: "Xi Jinping", from_city: "Beijing", date_start: "2024-07-02", line: 2 });
    expect(rows[1]).toMatchObject({ country_iso3: "", line: 3 });
  });

  it("accepts both departure kinds", () => {
    for (const departure of departureKinds) {
      expect(parse(withCell("departure", departure))[0]?.departure).toBe(departure);
    }
  });

  it.each([
    ["country_iso3", "XYZ", /not a known ISO 3166-1 alpha-3/],
    ["to_country_iso3", "", /three-letter upper-case/],
    ["departure", "guessed", new RegExp(departureKinds.join(", "))],
    ["departure", "", new RegExp(departureKinds.join(", "))],
    ["date_start", "2 July 2024", /YYYY-MM-DD/],
    ["date_end", "2024-7-4", /YYYY-MM-DD/],
    ["date_start", "2023-07-02", /2024/],
    ["from_city", "", /is missing/],
    ["to_city", " ", /is missing/],
  ] as const)("names file, line and field for %s = %j", (field, value, message) => {
    const issues = issuesOf(() => parse(good, withCell(field, value)));
    // An empty cell may break two rules at once; each issue names the place, one says why.
    for (const issue of issues) expect(issue).toMatchObject({ file, line: 3, field });
    expect(issues.map((issue) => issue.message).join("\n")).toMatch(message);
  });

  it.each(["2024-13-02", "2024-02-30"])("rejects %s, which is no day of 2024", (date) => {
    const issues = issuesOf(() => parse(withCell("date_start", date)));
    expect(issues).toEqual([expect.objectContaining({ file, line: 2, field: "date_start" })]);
  });
});

describe("checkTripRows", () => {
  it("passes a leader's different legs, and the same leg flown by two leaders", () => {
    const onward = "Xi Jinping,CHN,Astana,Dushanbe,TJK,2024-07-04,2024-07-06,visit,https://example.org/c,,reported";
    expect(() => checkTripRows(parse(good, onward, withCell("leader", "Someone Else")), file)).not.toThrow();
  });

  it("fails the same leader's leg twice, naming both lines", () => {
    const rows = parse(good, organisation, withCell("date_start", "2024-07-03"));
    const issues = issuesOf(() => checkTripRows(rows, file));
    expect(issues).toEqual([expect.objectContaining({ file, line: 4 })]);
    expect(issues[0]?.message).toMatch(/duplicates the row on line 2/);
  });
});
