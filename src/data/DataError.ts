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

/** Thrown when editor-maintained input is invalid; its message lists every issue found, one per line. */
export class DataError extends Error {
  readonly issues: readonly DataIssue[];

  constructor(issues: readonly DataIssue[]) {
    const count = issues.length === 1 ? "1 problem" : `${issues.length} problems`;
    super(
      `Invalid story data (${count}); nothing was rendered:\n` +
        issues.map((issue) => `  - ${formatIssue(issue)}`).join("\n"),
    );
    this.name = "DataError";
    this.issues = issues;
    // A content mistake, not a bug: the message says where it is and how to fix it, and a
    // stack trace printed under it would only bury it.
    this.stack = this.message;
  }
}
