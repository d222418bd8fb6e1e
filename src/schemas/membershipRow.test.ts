import { describe, expect, it } from "vitest";
import { DataError } from "../data/DataError.ts";
import { parseCsv } from "../data/parseCsv.ts";
import { checkMembershipRows, membershipColumns, membershipRowSchema } from "./membershipRow.ts";

const header = membershipColumns.join(",");
const good = "KAZ,Kazakhstan,member,2001,2001-06-15,https://example.org/source,note";

function parse(...lines: string[]) {
  return parseCsv(
    [header, ...lines].join("\n"),
    "content/data/sco-membership.csv",
    membershipRowSchema,
    membershipColumns,
  );
}

function messageOf(action: () => unknown): string {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(DataError);
    return (error as Error).message;
  }
  throw new Error("expected a DataError");
}

describe("membershipRowSchema", () => {
  it("accepts a sourced row and keeps its line number", () => {
    const [row] = parse(good);
    expect(row).toMatchObject({ iso3: "KAZ", year: 2001, status: "member", line: 2 });
  });

  it("names file, line and field for an unknown ISO3 code", () => {
    expect(messageOf(() => parse(good, good.replace("KAZ", "XYZ")))).toMatch(
      /content\/data\/sco-membership\.csv:3 field "iso3": "XYZ" is not a known ISO 3166-1 alpha-3/,
    );
  });

  it("rejects an unknown status and lists the allowed ones", () => {
    expect(messageOf(() => parse(good.replace("member", "friend")))).toMatch(
      /:2 field "status": "friend" must be one of .*observer/,
    );
  });

  it("rejects a year that is not four digits or out of range", () => {
    expect(messageOf(() => parse(good.replace(",2001,", ",01,")))).toMatch(
      /field "year": "01" must be a four-digit year/,
    );
    expect(messageOf(() => parse(good.replace(",2001,", ",1890,")))).toMatch(/field "year": "1890" must be between/);
  });

  it("rejects a row without a source", () => {
    expect(messageOf(() => parse(good.replace("https://example.org/source", "")))).toMatch(
      /field "source_url": is missing/,
    );
  });

  it("reports a missing column in the header", () => {
    const text = "iso3,country,status,year,date,notes\nKAZ,Kazakhstan,member,2001,,x";
    expect(messageOf(() => parseCsv(text, "x.csv", membershipRowSchema, membershipColumns))).toMatch(
      /x\.csv:1 field "source_url": the header has no "source_url" column/,
    );
  });

  it("reports a row with the wrong number of cells at its line", () => {
    expect(messageOf(() => parse(good, "KAZ,Kazakhstan,member"))).toMatch(/sco-membership\.csv:3 field "\(row\)"/);
  });

  it("finds duplicated rows and names both lines", () => {
    const rows = parse(good, good);
    expect(messageOf(() => checkMembershipRows(rows, "sco.csv"))).toMatch(
      /sco\.csv:3 field "iso3": duplicates the row on line 2/,
    );
  });
});
