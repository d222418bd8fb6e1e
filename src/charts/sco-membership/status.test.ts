import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { parseCsv } from "../../data/parseCsv.ts";
import { membershipColumns, membershipRowSchema } from "../../schemas/membershipRow.ts";
import { listMembershipStates } from "./states.ts";
import { changesBetween, countStatuses, statusesAt, statusOf, toMapStatus } from "./status.ts";

const rows = realData.membership;

describe("statusOf", () => {
  it("follows a country through each change of status", () => {
    expect(statusOf(rows, "KAZ", 1996)).toBe("shanghai-five");
    expect(statusOf(rows, "UZB", 1996)).toBe("none");
    expect(statusOf(rows, "UZB", 2001)).toBe("member");
    expect(statusOf(rows, "BLR", 2008)).toBe("none");
    expect(statusOf(rows, "BLR", 2009)).toBe("dialogue-partner");
    expect(statusOf(rows, "BLR", 2015)).toBe("observer");
    expect(statusOf(rows, "BLR", 2023)).toBe("observer");
    expect(statusOf(rows, "BLR", 2024)).toBe("member");
    expect(statusOf(rows, "IND", 2005)).toBe("observer");
    expect(statusOf(rows, "IND", 2017)).toBe("member");
  });

  it("treats a country the data never mentions as none", () => {
    expect(statusOf(rows, "FRA", 2024)).toBe("none");
  });

  it("lets the latest row up to the year win, whatever the file order", () => {
    const reversed = [...rows].reverse();
    for (const year of [1996, 2009, 2015, 2024]) expect(statusesAt(reversed, year)).toEqual(statusesAt(rows, year));
  });

  it("draws founding members as members", () => {
    expect(toMapStatus("founding-member")).toBe("member");
    expect(toMapStatus("observer")).toBe("observer");
  });
});

describe("countStatuses", () => {
  it("counts the members the story names at each milestone", () => {
    expect(countStatuses(rows, 1996)["shanghai-five"]).toBe(5);
    expect(countStatuses(rows, 1996).member).toBe(0);
    expect(countStatuses(rows, 2001).member).toBe(6);
    expect(countStatuses(rows, 2017).member).toBe(8);
    expect(countStatuses(rows, 2023).member).toBe(9);
    expect(countStatuses(rows, 2024).member).toBe(10);
  });

  it("moves a country between counts instead of counting it twice", () => {
    const before = countStatuses(rows, 2023);
    const after = countStatuses(rows, 2024);
    expect(after.member - before.member).toBe(1);
    expect(before.observer - after.observer).toBe(1);
    const total = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
    expect(total(after)).toBe(new Set(rows.filter((row) => row.year <= 2024).map((row) => row.iso3)).size);
  });
});

describe("changesBetween", () => {
  it("takes the rows after one year and up to another", () => {
    const changes = changesBetween(rows, 2005, 2017);
    expect(changes.every((row) => row.year > 2005 && row.year <= 2017)).toBe(true);
    expect(changes).toHaveLength(rows.filter((row) => row.year > 2005 && row.year <= 2017).length);
    expect(changesBetween(rows, 2024, 2024)).toEqual([]);
  });
});

describe("data-driven states", () => {
  it("turns every year with a change into a state", () => {
    const years = [...new Set(rows.map((row) => String(row.year)))].sort();
    expect(listMembershipStates(rows)).toEqual(years);
    expect(listMembershipStates(rows)).toEqual(expect.arrayContaining(["1996", "2001", "2017", "2023", "2024"]));
  });

  it("picks up a new status change without code changes", () => {
    const header = membershipColumns.join(",");
    const text = `${header}\nKAZ,Kazakhstan,founding-member,2001,2001-06-15,https://example.org/a,\nLAO,Laos,member,2027,,https://example.org/b,\n`;
    const extended = parseCsv(text, "test.csv", membershipRowSchema, membershipColumns);
    expect(listMembershipStates(extended)).toEqual(["2001", "2027"]);
    expect(countStatuses(extended, 2027).member).toBe(2);
  });
});
