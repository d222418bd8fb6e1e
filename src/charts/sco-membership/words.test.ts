import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { changesBetween } from "./status.ts";
import { countLabel, describeChanges } from "./words.ts";

const rows = realData.membership;
const changes = (since: number, year: number) => describeChanges(rows, changesBetween(rows, since, year), year);

describe("describeChanges", () => {
  it("says what changed in one year, in the data's own names", () => {
    expect(changes(2016, 2017)).toBe("India and Pakistan become full members.");
    expect(changes(2023, 2024)).toBe("Belarus becomes a full member.");
    expect(changes(2000, 2001)).toMatch(/^China, Russia, .* and Uzbekistan found the SCO\.$/);
  });

  it("groups the changes of several years by the status each country holds at the end", () => {
    const text = changes(2005, 2024);
    const [members, observers, partners] = text.replace(/\.$/, "").split("; ");
    expect(members).toMatch(/ become full members$/);
    for (const name of ["Belarus", "India", "Pakistan", "Iran"]) expect(members).toContain(name);
    expect(observers).toBe("Afghanistan becomes an observer");
    expect(partners).toMatch(/ become dialogue partners$/);
  });

  it("names a country that moved twice once, with the status the map shows", () => {
    const text = changes(2005, 2024);
    expect(text.match(/Belarus/g)).toHaveLength(1);
    expect(changes(2012, 2015)).toContain("Belarus becomes an observer");
    expect(changes(2008, 2015)).not.toContain("Belarus becomes a dialogue partner");
  });

  it("starts with a capital and says nothing when nothing changed", () => {
    expect(changes(2024, 2024)).toBe("");
    for (let year = 1996; year <= 2025; year += 1) {
      const text = changes(year - 1, year);
      if (text) expect(text, String(year)).toMatch(/^[A-Z].*\.$/);
    }
  });
});

describe("countLabel", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(countLabel("member", 1)).toBe("1 member");
    expect(countLabel("member", 10)).toBe("10 members");
    expect(countLabel("dialogue-partner", 2)).toBe("2 dialogue partners");
    expect(countLabel("shanghai-five", 5)).toBe("5 in the Shanghai Five");
  });
});
