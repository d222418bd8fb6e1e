import type { DatasetRows } from "../../data/datasets.ts";
import type { ClaimFinding, ClaimSentence, StoryClaim } from "../shared/chartContract.ts";
import { countPattern, numberOf } from "../shared/numberWords.ts";

/** Words that make "nine of the ten members" a statement about who came to the summit. */
const attendanceWords = /\b(?:represent\w*|in person|attend\w*|came|sent|leaders?|present|absent|stayed away)\b/i;

const kindWords: Record<string, string> = {
  leader: "by their leaders in person",
  minister: "by a minister",
  "other-senior": "by another envoy",
  absent: "by nobody",
};

/**
 * "Nine of the ten members were represented by their leaders": the second count must be the
 * members the attendance data lists, the first one of the counts of how they were represented
 * (the leaders' count when the sentence speaks of leaders or presence in person).
 */
function shareOfMembersClaim(attendance: DatasetRows<"attendance">): StoryClaim {
  const members = attendance.filter((row) => row.sco_status_2024 === "member");
  const byKind = new Map<string, number>();
  for (const row of members) byKind.set(row.attendance, (byKind.get(row.attendance) ?? 0) + 1);
  const holds = [...byKind].map(([kind, count]) => `${count} ${kindWords[kind] ?? kind}`).join(", ");
  const pattern = new RegExp(
    `\\b(${countPattern})\\s+of\\s+(?:the|its)\\s+(${countPattern})\\s+(?:full\\s+)?members\\b`,
    "gi",
  );
  return {
    find({ text }: ClaimSentence): ClaimFinding[] {
      if (!attendanceWords.test(text)) return [];
      return [...text.matchAll(pattern)].flatMap((match) => {
        const [part, whole] = [numberOf(match[1] ?? ""), numberOf(match[2] ?? "")];
        if (part === undefined || whole === undefined) return [];
        const aboutLeaders = /\b(?:leaders?|in person)\b/i.test(text);
        const isRight =
          whole === members.length &&
          (aboutLeaders ? byKind.get("leader") === part : [...byKind.values()].includes(part));
        const problem = isRight
          ? undefined
          : `"${match[0]}": the attendance data has ${members.length} members, represented ${holds} (summit-attendance.csv). Correct the count.`;
        return [{ index: match.index, length: match[0].length, problem }];
      });
    },
  };
}

/** The statements about who came to Astana that the story's words are held to. */
export function summitClaims(attendance: DatasetRows<"attendance">): StoryClaim[] {
  return [shareOfMembersClaim(attendance)];
}
