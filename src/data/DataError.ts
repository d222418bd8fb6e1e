/**
 * A problem in an editor-maintained file (CSV or MDX), located precisely enough to fix:
 * the file, the 1-based line and the field, plus a hint on how to fix it.
 */
export interface DataIssue {
  /** Path of the file, relative to the project root. */
  file: string;
  /** 1-based line number in that file. */
  line: number;
  /** Column or attribute name the problem is in. */
  field: string;
  /** What is wrong and how to fix it, in one sentence or two. */
  message: string;
}

/** Formats one issue as `file:line field "x": message`, the shape editors and editors' tools expect. */
export function formatIssue(issue: DataIssue): string {
  return `${issue.file}:${issue.line} field "${issue.field}": ${issue.message}`;
}

/** Who is at fault for an issue, by the file it is in: what the heading of a report names. */
export type IssueOwner = "story" | "data" | "chart code";

/** The owner of the file an issue is in: the story's MDX (and its published ids), the CSV data, or a chart's code. */
export function ownerOf(issue: Pick<DataIssue, "file">): IssueOwner {
  const file = issue.file.replaceAll("\\", "/");
  if (/(^|\/)content\/data\//.test(file) || file.endsWith(".csv")) return "data";
  if (/(^|\/)src\//.test(file)) return "chart code";
  return "story";
}

const ownerWords: Record<IssueOwner, string> = {
  story: "the story (content/story/)",
  data: "the data (content/data/)",
  "chart code": "the chart code (src/charts/)",
};

/** "Mistake in the story (content/story/), 1 problem": whose files to open, so an editor knows where to look. */
export function headingOf(issues: readonly DataIssue[]): string {
  const owners = (["story", "data", "chart code"] as const).filter((owner) => issues.some((i) => ownerOf(i) === owner));
  const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
  const where = owners.map((owner) => ownerWords[owner]).join(" and in ");
  return `${issues.length === 1 ? "Mistake" : "Mistakes"} in ${where || "the content"}, ${count}; nothing was rendered:`;
}

/** Thrown when editor-maintained input is invalid; its message lists every issue found, one per line. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    super(`${headingOf(issues)}\n` + issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n"));
    this.name = "DataError";
    this.issues = issues;
    // A content mistake, not a bug: the message says where it is and how to fix it, and a
    // stack trace printed under it would only bury it (Astro prints none for an empty stack).
    this.stack = "";
  }
}
