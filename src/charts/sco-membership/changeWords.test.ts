import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { changesBetween } from "./status.ts";
import { describeChanges } from "./changeWords.ts";

const rows = realData.membership;
/** Every wording of what changed after `since` up to `year`, fullest first. */
const versions = (since: number, year: number) => describeChanges(rows, changesBetween(rows, since, year), year);
const fullest = (since: number, year: number) => versions(since, year)[0] ?? "";

describe("describeChanges", () => {
  it("says what changed in one year, in the map's names, fullest first", () => {
    expect(fullest(2016, 2017)).toBe("India and Pakistan become full members.");
    expect(fullest(2023, 2024)).toBe("Belarus becomes a full member.");
    expect(fullest(2000, 2001)).toMatch(/^China, Russia, .* and Uzbekistan found the SCO\.$/);
    expect(fullest(2011, 2012)).toBe("Afghanistan becomes an observer; Turkey becomes a dialogue partner.");
  });

  it("groups the changes of several years by the status each country holds at the end", () => {
    const [members, observers, partners] = fullest(2005, 2024).replace(/\.$/, "").split("; ");
    expect(members).toMatch(/ become full members$/);
    for (const name of ["Belarus", "India", "Pakistan", "Iran"]) expect(members).toContain(name);
    expect(observers).toBe("Afghanistan becomes an observer");
    expect(partners).toMatch(/ become dialogue partners$/);
  });

  it("names a country that moved twice once, with the status the map shows", () => {
    expect(fullest(2005, 2024).match(/Belarus/g)).toHaveLength(1);
    expect(fullest(2012, 2015)).toContain("Belarus becomes an observer");
    expect(fullest(2008, 2015)).not.toContain("Belarus becomes a dialogue partner");
  });

  it("offers shorter wordings that keep the counts of the rows: two names and a count, then tallies", () => {
    const changed = changesBetween(rows, 2005, 2017);
    const members = new Set(changed.filter((row) => row.status === "member").map((row) => row.iso3));
    const ring = new Set(changed.filter((row) => row.status !== "member").map((row) => row.iso3));
    for (const iso3 of members) ring.delete(iso3);
    const all = versions(2005, 2017);
    expect(all.length).toBeGreaterThan(2);
    for (let index = 1; index < all.length; index += 1) {
      expect((all[index] ?? "").length, all[index]).toBeLessThan((all[index - 1] ?? "").length);
    }
    expect(all.at(-1)).toBe(`${members.size} new full members; ${ring.size} new observers or dialogue partners.`);
    expect(versions(2021, 2022)).toContain("Bahrain, Kuwait and 3 others become dialogue partners.");
  });

  it("starts with a capital and says nothing when nothing changed", () => {
    expect(versions(2024, 2024)).toEqual([]);
    for (let year = 1996; year <= 2025; year += 1) {
      for (const text of versions(year - 1, year)) expect(text, String(year)).toMatch(/^[A-Z0-9].*\.$/);
    }
  });
});
