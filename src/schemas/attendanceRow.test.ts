import { describe, expect, it } from "vitest";
import { csvFixture, issuesOf } from "../../test/csvFixtures.ts";
import {
  attendanceColumns,
  attendanceKinds,
  attendanceRowSchema,
  checkAttendanceRows,
  summitMeetings,
  summitStatuses,
} from "./attendanceRow.ts";

const file = "content/data/summit-attendance.csv";
const good = "KAZ,Kazakhstan,member,Kassym-Jomart Tokayev,President,leader,both,https://example.org/a,host";
const organisation = ",United Nations,guest,António Guterres,Secretary-General,leader,sco-plus,https://example.org/b,";
const absent = "AFG,Afghanistan,observer,,,absent,,https://example.org/c,no one seen";

const { parse, withCell } = csvFixture({ file, schema: attendanceRowSchema, columns: attendanceColumns, good });

describe("attendanceRowSchema", () => {
  it("accepts a leader, an organisation without ISO3 and an absent state, keeping their lines", () => {
    const rows = parse(good, organisation, absent);
    expect(rows.map((row) => row.line)).toEqual([2, 3, 4]);
    expect(rows[0]).toMatchObject({ iso3: "KAZ", sco_status_2024: "member", attendance: "leader", meeting: "both" });
    expect(rows[1]).toMatchObject({ iso3: "", country: "United Nations" });
    expect(rows[2]).toMatchObject({ representative: "", attendance: "absent", meeting: "" });
  });

  it("accepts every listed attendance, status and meeting", () => {
    for (const attendance of attendanceKinds) expect(parse(withCell("attendance", attendance))).toHaveLength(1);
    for (const status of summitStatuses) expect(parse(withCell("sco_status_2024", status))).toHaveLength(1);
    for (const meeting of summitMeetings) expect(parse(withCell("meeting", meeting))).toHaveLength(1);
  });

  it.each([
    ["iso3", "XYZ", /not a known ISO 3166-1 alpha-3/],
    ["iso3", "kaz", /three-letter upper-case/],
    ["attendance", "president", new RegExp(attendanceKinds.join(", "))],
    ["sco_status_2024", "partner", new RegExp(summitStatuses.join(", "))],
    ["meeting", "all", new RegExp(summitMeetings.slice(1).join(", "))],
    ["source_url", "", /is missing/],
    ["country", " ", /is missing/],
  ] as const)("names file, line and field for %s = %j", (field, value, message) => {
    const issues = issuesOf(() => parse(good, withCell(field, value)));
    // An empty cell may break two rules at once; each issue names the place, one says why.
    for (const issue of issues) expect(issue).toMatchObject({ file, line: 3, field });
    expect(issues.map((issue) => issue.message).join("\n")).toMatch(message);
  });
});

describe("checkAttendanceRows", () => {
  it("passes distinct countries", () => {
    expect(() => checkAttendanceRows(parse(good, organisation, absent), file)).not.toThrow();
  });

  it("fails a country listed twice, naming both lines", () => {
    const rows = parse(good, absent, withCell("representative", "Someone Else"));
    const issues = issuesOf(() => checkAttendanceRows(rows, file));
    expect(issues).toEqual([expect.objectContaining({ file, line: 4, field: "country" })]);
    expect(issues[0]?.message).toMatch(/duplicates the row on line 2/);
  });
});
