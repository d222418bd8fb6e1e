import { readFileSync } from "node:fs";
import path from "node:path";
import { DataError } from "./DataError.ts";
import { dataDir } from "./contentPaths.ts";

const months = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/**
 * The date the data set was compiled, read from the "Compiled YYYY-MM-DD" line of sources.md
 * (so the byline changes when the data does), written "28 November 2026".
 */
export function dataCompiledDate(): string {
  const file = path.join(dataDir, "sources.md");
  const text = readFileSync(file, "utf8");
  const match = /Compiled (\d{4})-(\d{2})-(\d{2})/.exec(text);
  if (!match) {
    const message = 'has no "Compiled YYYY-MM-DD" line; add one with the date the data was gathered.';
    throw new DataError([{ file: "content/data/sources.md", line: 1, field: "Compiled", message }]);
  }
  const [, year, month, day] = match;
  return `${Number(day)} ${months[Number(month) - 1]} ${year}`;
}
