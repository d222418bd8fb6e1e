import { describe, expect, it } from "vitest";
import { csvFixture, issuesOf } from "../../test/csvFixtures.ts";
import { checkCityRows, cityColumns, cityRowSchema } from "./cityRow.ts";

const file = "content/data/cities.csv";
const good = "Astana,KAZ,51.17,71.45,approximate";
const southWest = "Somewhere,BRA,-22.9,-43.2,southern and western hemisphere";

const { parse, withCell } = csvFixture({ file, schema: cityRowSchema, columns: cityColumns, good });

describe("cityRowSchema", () => {
  it("reads coordinates as numbers in degrees, negative ones included", () => {
    const rows = parse(good, southWest);
    expect(rows[0]).toMatchObject({ city: "Astana", iso3: "KAZ", lat: 51.17, lon: 71.45, line: 2 });
    expect(rows[1]).toMatchObject({ lat: -22.9, lon: -43.2, line: 3 });
  });

  it("accepts the limits of latitude and longitude", () => {
    expect(parse(withCell("lat", "-90"))[0]?.lat).toBe(-90);
    expect(parse(withCell("lon", "180"))[0]?.lon).toBe(180);
  });

  it.each([
    ["lat", "91", /between -90 and 90/],
    ["lon", "-180.5", /between -180 and 180/],
    ["lon", "71.45E", /number in degrees/],
    ["lat", "51,17", undefined],
    ["lat", "", /number in degrees/],
    ["iso3", "XYZ", /not a known ISO 3166-1 alpha-3/],
    ["city", "", /is missing/],
  ] as const)("names file, line and field for %s = %j", (field, value, message) => {
    // A decimal comma splits the cell: the row then has one cell too many.
    const issues = issuesOf(() => parse(good, withCell(field, value)));
    expect(issues[0]).toMatchObject({ file, line: 3 });
    if (message) {
      expect(issues).toHaveLength(1);
      expect(issues[0]).toMatchObject({ field });
      expect(issues[0]?.message).toMatch(message);
    }
  });
});

describe("checkCityRows", () => {
  it("passes distinct cities", () => {
    expect(() => checkCityRows(parse(good, southWest), file)).not.toThrow();
  });

  it("fails a city listed twice, naming both lines", () => {
    const rows = parse(good, southWest, withCell("lat", "51.2"));
    const issues = issuesOf(() => checkCityRows(rows, file));
    expect(issues).toEqual([expect.objectContaining({ file, line: 4, field: "city" })]);
    expect(issues[0]?.message).toMatch(/duplicates the row on line 2/);
  });
});
