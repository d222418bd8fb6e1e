import { membershipColumns, membershipRowSchema, type MembershipRow } from "../schemas/membershipRow.ts";
import { dataFiles } from "./dataFiles.ts";
import { DataError } from "./DataError.ts";
import { assertUniqueRows, displayPath, readCsv, type Located } from "./readCsv.ts";

/** Validated rows of `sco-membership.csv`, in file order. */
export type MembershipRows = readonly Located<MembershipRow>[];

/**
 * Checks that hold across rows: one row per country and year, and one name per code
 * (a second spelling would label the same country twice in the timeline).
 */
export function checkMembershipRows(rows: MembershipRows, file: string): void {
  assertUniqueRows(rows, file, (row) => `${row.iso3} in ${row.year}`, "iso3");
  const nameByCode = new Map<string, Located<MembershipRow>>();
  for (const row of rows) {
    const first = nameByCode.get(row.iso3);
    if (!first) {
      nameByCode.set(row.iso3, row);
    } else if (first.country !== row.country) {
      throw new DataError([
        {
          file,
          line: row.line,
          field: "country",
          message: `"${row.country}" differs from "${first.country}" on line ${first.line} for ${row.iso3}; use one spelling.`,
        },
      ]);
    }
  }
}

/** Reads, validates and cross-checks `sco-membership.csv` (or another file of its shape). */
export function loadMembership(filePath: string = dataFiles.membership): MembershipRows {
  const rows = readCsv(filePath, membershipRowSchema, membershipColumns);
  checkMembershipRows(rows, displayPath(filePath));
  return rows;
}
