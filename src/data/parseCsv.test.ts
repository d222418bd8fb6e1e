import { describe, expect, it } from "vitest";
import { membershipColumns, membershipRowSchema } from "../schemas/membershipRow.ts";
import { DataError, type DataIssue } from "./DataError.ts";
import { assertUniqueRows, parseCsv } from "./parseCsv.ts";

const header = membershipColumns.join(",");
const row = (iso3: string, country: string, notes = "x") =>
  `${iso3},${country},member,2001,,https://example.org/${iso3},${notes}`;

const parse = (text: string) => parseCsv(text, "m.csv", membershipRowSchema, membershipColumns);

function issuesOf(action: () => unknown): readonly DataIssue[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DataError) return error.issues;
    throw error;
  }
  return [];
}

describe("parseCsv", () => {
  it("numbers each row by its line in the file, blank lines included", () => {
    const rows = parse([header, row("KAZ", "Kazakhstan"), "", row("KGZ", "Kyrgyzstan")].join("\n"));
    expect(rows.map((each) => [each.iso3, each.line])).toEqual([
      ["KAZ", 2],
      ["KGZ", 4],
    ]);
  });

  it("numbers rows the same with Windows line endings", () => {
    const rows = parse([header, row("KAZ", "Kazakhstan"), row("KGZ", "Kyrgyzstan")].join("\r\n"));
    expect(rows.map((each) => each.line)).toEqual([2, 3]);
  });

  // A quoted note may hold a line break (a pasted quotation): the row still starts on its own line,
  // and the rows after it keep theirs, whatever the line endings.
  for (const [name, eol] of [
    ["LF", "\n"],
    ["CRLF", "\r\n"],
  ] as const) {
    it(`gives a row with a quoted line break the line it starts on (${name})`, () => {
      const text = [header, row("KAZ", "Kazakhstan", `"first${eol}second"`), row("KGZ", "Kyrgyzstan")].join(eol);
      const rows = parse(text);
      expect(rows[0]?.notes).toBe(`first${eol}second`);
      expect(rows.map((each) => [each.iso3, each.line])).toEqual([
        ["KAZ", 2],
        ["KGZ", 4],
      ]);
    });
  }

  it("collects every bad cell of every row before failing", () => {
    const issues = issuesOf(() =>
      parse([header, row("KAZ", "Kazakhstan").replace("2001", "01"), row("XYZ", "")].join("\n")),
    );
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [2, "year"],
      [3, "iso3"],
      [3, "country"],
    ]);
    expect(issues.every((issue) => issue.file === "m.csv")).toBe(true);
  });

  it("names every missing column on line 1 and lists the expected header", () => {
    const issues = issuesOf(() => parse(`iso3,country,status,year\n${row("KAZ", "Kazakhstan")}`));
    expect(issues.map((issue) => issue.field)).toEqual(["date", "source_url", "notes"]);
    expect(issues.every((issue) => issue.line === 1)).toBe(true);
    expect(issues[0]?.message).toContain(membershipColumns.join(","));
  });

  it("rejects a column the file does not have, naming it and the allowed columns", () => {
    const issues = issuesOf(() => parse(`${header},comment\n${row("KAZ", "Kazakhstan")},extra`));
    expect(issues).toEqual([expect.objectContaining({ line: 1, field: "comment" })]);
    expect(issues[0]?.message).toContain('"comment" is not a column of this file');
    expect(issues[0]?.message).toContain(membershipColumns.join(","));
  });

  it("rejects a column named twice and an empty column name", () => {
    const twice = issuesOf(() => parse(`${header},notes\n${row("KAZ", "Kazakhstan")},x`));
    expect(twice.map((issue) => [issue.field, issue.message.includes("twice")])).toEqual([["notes", true]]);
    const empty = issuesOf(() => parse(`${header},\n${row("KAZ", "Kazakhstan")},`));
    expect(empty).toEqual([expect.objectContaining({ line: 1, field: "(header)" })]);
  });

  it("quotes the value it refuses", () => {
    const issues = issuesOf(() => parse([header, row("KAZ", "Kazakhstan").replace("member", "partner")].join("\n")));
    expect(issues[0]?.field).toBe("status");
    expect(issues[0]?.message).toMatch(/^"partner" must be one of shanghai-five, /);
  });

  it("points a row with the wrong number of cells at its line", () => {
    const issues = issuesOf(() => parse([header, row("KAZ", "Kazakhstan"), "KGZ,Kyrgyzstan"].join("\n")));
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ line: 3, field: "(row)" });
    expect(issues[0]?.message).toMatch(/commas/);
  });
});

describe("assertUniqueRows", () => {
  const rows = [
    { line: 2, key: "a" },
    { line: 3, key: "b" },
    { line: 5, key: "a" },
    { line: 9, key: "a" },
  ];

  it("reports each repeat at its own line, naming the first", () => {
    const issues = issuesOf(() => assertUniqueRows(rows, "f.csv", (each) => each.key, "key"));
    expect(issues.map((issue) => [issue.line, issue.field])).toEqual([
      [5, "key"],
      [9, "key"],
    ]);
    for (const issue of issues) expect(issue.message).toContain("line 2");
  });

  it("passes distinct rows", () => {
    expect(issuesOf(() => assertUniqueRows(rows.slice(0, 2), "f.csv", (each) => each.key, "key"))).toEqual([]);
  });
});
