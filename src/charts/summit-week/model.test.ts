import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { issuesOf } from "../../../test/csvFixtures.ts";
import type { Datasets } from "../../data/datasets.ts";
import { eurasiaFor } from "../shared/eurasia/eurasiaFor.ts";
import { buildSummitModel } from "./model.ts";

const geography = eurasiaFor(realData);
const model = buildSummitModel(realData, geography);
const cityRow = (name: string) => realData.cities.find((city) => city.city === name);
const projected = (name: string) => {
  const city = cityRow(name);
  if (!city) throw new Error(`${name} is not in cities.csv`);
  return geography.project([city.lon, city.lat]);
};

type TripRow = Datasets["trips"][number];

/** The real data with the trip rows matching `where` changed. */
function editTrips(where: (row: TripRow) => boolean, change: Partial<TripRow>): Datasets {
  return { ...realData, trips: realData.trips.map((row) => (where(row) ? { ...row, ...change } : row)) };
}

describe("buildSummitModel", () => {
  it("keeps every trip row as a leg, in file order, with a unique key", () => {
    expect(model.legs.map((leg) => leg.row)).toEqual(realData.trips);
    expect(new Set(model.legs.map((leg) => leg.key)).size).toBe(realData.trips.length);
  });

  it("puts each leg's ends at its cities, projected on the shared map", () => {
    for (const leg of model.legs) {
      expect(leg.from, leg.key).toEqual(projected(leg.row.from_city));
      expect(leg.to, leg.key).toEqual(projected(leg.row.to_city));
    }
  });

  it("places exactly the cities the legs touch", () => {
    const touched = new Set(realData.trips.flatMap((row) => [row.from_city, row.to_city]));
    expect(new Set(model.cities.map((city) => city.name))).toEqual(touched);
    for (const city of model.cities) expect([city.x, city.y], city.name).toEqual(projected(city.name));
  });

  it("follows a moved city", () => {
    const moved = {
      ...realData,
      cities: realData.cities.map((c) => (c.city === "Vienna" ? { ...c, lon: c.lon + 5 } : c)),
    };
    const legs = buildSummitModel(moved, geography).legs.filter((leg) => leg.row.to_city === "Vienna");
    expect(legs.length).toBeGreaterThan(0);
    for (const leg of legs) expect(leg.to).not.toEqual(projected("Vienna"));
  });

  it("keeps the attendance rows as they are", () => {
    expect(model.attendance).toBe(realData.attendance);
  });

  it.each(["from_city", "to_city"] as const)(
    "fails a leg whose %s is not in cities.csv, naming file, line and field",
    (field) => {
      const target = realData.trips.find((row) => row[field] !== "Astana");
      if (!target) throw new Error("no leg to edit");
      const issues = issuesOf(() =>
        buildSummitModel(
          editTrips((row) => row === target, { [field]: "Atlantis" }),
          geography,
        ),
      );
      expect(issues).toEqual([
        expect.objectContaining({ file: "content/data/summit-week-trips.csv", line: target.line, field }),
      ]);
      expect(issues[0]?.message).toMatch(/"Atlantis".*cities\.csv/);
    },
  );

  it("lists every unknown city at once", () => {
    const [first, second] = realData.trips;
    if (!first || !second) throw new Error("too few legs");
    const data = editTrips((row) => row === first || row === second, { from_city: "Atlantis", to_city: "Lemuria" });
    const issues = issuesOf(() => buildSummitModel(data, geography));
    expect(issues.map((issue) => `${issue.line} ${issue.field}`)).toEqual([
      `${first.line} from_city`,
      `${first.line} to_city`,
      `${second.line} from_city`,
      `${second.line} to_city`,
    ]);
  });
});
