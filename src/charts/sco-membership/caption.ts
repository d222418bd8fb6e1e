import { fitCaption } from "../shared/captionLines.ts";
import type { MembershipRows } from "./states.ts";
import { changesBetween } from "./status.ts";
import { describeChanges } from "./changeWords.ts";

/**
 * The caption of a state: what changed after `since` up to `year`, in the fullest wording that
 * fits two lines on a phone (the bold year leads it); several years of changes say since when
 * ("Since 2005: …"). Empty when nothing changed.
 */
export function membershipCaption(rows: MembershipRows, since: number, year: number): string {
  const changes = changesBetween(rows, since, year);
  const sincePrefix = new Set(changes.map((row) => row.year)).size > 1 ? `Since ${since}: ` : "";
  return fitCaption(
    describeChanges(rows, changes, year).map((sentence) => `${sincePrefix}${sentence}`),
    `${year} `,
  );
}
