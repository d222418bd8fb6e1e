import type { BodyProblem } from "./checkElement.ts";

/** How to fix what the MDX parser reports, by the start of its reason; `$1`, `$2` are the tags it names. */
const fixes: { pattern: RegExp; field: string; fix: string }[] = [
  {
    pattern: /^Expected a closing tag for `<(Step)>`/,
    field: "<$1>",
    fix: "the <$1> that opens here is never closed; add </$1> on its own line after the step's text, with a blank line before it.",
  },
  {
    pattern: /^Expected a closing tag for `<(\w+)>`/,
    field: "<$1>",
    fix: "the <$1> that opens here is never closed; add </$1> at the end of its text, in the same paragraph.",
  },
  {
    pattern: /^Unexpected closing tag `<\/(\w+)>`, expected an open tag first/,
    field: "</$1>",
    fix: "this </$1> closes nothing; remove it, or add the <$1 …> it belongs to.",
  },
  {
    pattern: /^Unexpected closing tag `<\/(\w+)>`, expected corresponding closing tag for `<(\w+)>` \((\d+):\d+\)/,
    field: "</$1>",
    fix: "</$1> does not close the <$2> opened on line $3; close it with </$2> (check the spelling).",
  },
  {
    pattern: /^Unexpected character .* after `<`|^Unexpected character after `<`/,
    field: "(body)",
    fix: 'a < starts a tag in MDX; check this tag\'s name and quotes (<Step id="…" state="…">), or write &lt; for a less-than sign.',
  },
  {
    pattern: /^Unexpected end of file/,
    field: "(body)",
    fix: "the file ends inside a tag or a {…}; close it.",
  },
];

/**
 * The MDX parser's error ("7:1: Expected a closing tag for `<Step>` (7:1) (mdx-jsx:…)") as a
 * problem at its line, with how to fix it in plain words. The parser is given the whole file
 * with its frontmatter blanked out, so its line is the line the editor sees.
 */
export function mdxSyntaxProblem(error: unknown): BodyProblem {
  const message = error instanceof Error ? error.message : String(error);
  const [, line = "1", reason = message] = /^(\d+):\d+: ([\s\S]*?)(?: \([\w-]+:[\w-]+\))?$/.exec(message) ?? [];
  const known = fixes.find(({ pattern }) => pattern.test(reason));
  if (!known) {
    const plain = reason.replace(/ \(\d+:\d+\)/g, "");
    return {
      line: Number(line),
      field: "(body)",
      message: `MDX cannot read this line (${plain}); check its tags, quotes and braces.`,
    };
  }
  const match = known.pattern.exec(reason) ?? [];
  const fill = (text: string) => text.replace(/\$(\d)/g, (_, index: string) => match[Number(index)] ?? "");
  return { line: Number(line), field: fill(known.field), message: fill(known.fix) };
}
