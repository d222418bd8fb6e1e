import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { ordinalPattern, numberOf, ordinalWord, countPattern } from "../src/charts/shared/numberWords.ts";
import { datedFacts } from "../src/story/facts/datedFacts.ts";
import { monthNames } from "../src/story/facts/writtenDates.ts";
import { readStoryFiles } from "../src/story/readStoryFiles.ts";
import { inReadingOrder } from "../src/story/sectionOrder.ts";
import { writtenChart } from "../src/schemas/storySection.ts";
import { prepareCharts } from "../src/charts/getCharts.ts";
import { realData } from "../test/realData.ts";
import { renameEverything } from "../test/renameStory.ts";
import { lineOf, literal, realSections, sectionPicker, type StoryFixture } from "../test/storyFixtures.ts";

/**
 * Every kind of editor mistake, made in a copy of the real content, must stop the content layer
 * (`npm run check-content`, which is `astro sync`, and so the build) with a message naming the
 * file, the line and the field, and no stack trace. The fixtures pick what they break by what
 * the content holds (the first scrolly section, the first step with a date), never by a file
 * name or a step id, so renaming and renumbering the story leaves them working.
 */
const projectRoot = process.cwd();
const astro = path.join(projectRoot, "node_modules/.bin/astro");

/** An edit of one file of the copy (a path inside content/); `create` writes a new file. */
type Edit = { path: string; apply(text: string): string };
interface Case {
  name: string;
  edits: Edit[];
  message: RegExp;
}

/** A copy of content/ with the edits made (and `transform` run on it), checked by the real content layer. */
function checkWith(edits: readonly Edit[], transform?: (contentDir: string) => void) {
  const root = mkdtempSync(path.join(tmpdir(), "astana-content-"));
  const contentDir = path.join(root, "content");
  cpSync(path.join(projectRoot, "content"), contentDir, { recursive: true });
  for (const edit of edits) {
    const target = path.join(contentDir, edit.path);
    writeFileSync(target, edit.apply(existsSync(target) ? readFileSync(target, "utf8") : ""));
  }
  transform?.(contentDir);
  const env = { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(root, "cache") };
  return new Promise<{ status: number | null; output: string; contentDir: string }>((resolve) => {
    const child = spawn(astro, ["sync"], { cwd: projectRoot, env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ status, output, contentDir }));
  });
}

/** Appends a line in the file's own line ending (the trade CSV uses CRLF). */
const appendLine = (line: string) => (text: string) => {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return `${text.replace(/\r?\n$/, "")}${eol}${line}${eol}`;
};
const replaceOnce = (from: string, to: string) => (text: string) => {
  if (!text.includes(from)) throw new Error(`fixture: "${from}" not found`);
  return text.replace(from, to);
};
const at = (fixture: StoryFixture, line: number | string, field: string, message: string) =>
  new RegExp(`${literal(fixture.name)}:${line} field "${literal(field)}": ${message}`);

const stories = realSections();
const scrolly = (fixture: StoryFixture) => Boolean(fixture.section.frontmatter.chart);
const stepsOf = (fixture: StoryFixture) => fixture.section.source.steps;
/** The `<Step …>` line of a step, as written. */
const stepTag = (fixture: StoryFixture, index: number) =>
  [...fixture.raw.matchAll(/<Step [^>]*>/g)][index]?.[0] ?? "(no step)";

// CSV: one copy per kind, since a CSV file's schema, its sums and its duplicates are checked in turn.
const membership = "data/sco-membership.csv";
const trade = "data/central-asia-trade.csv";
const lineCount = (file: string) =>
  readFileSync(path.join(projectRoot, "content", file), "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/).length;
const tradeRow = (fields: Partial<Record<string, string>>) => {
  const row = { year: "2025", partner: "CHN", turnover: "100.5", url: "https://example.org/gacc-2025", ...fields };
  return `${row.year},${row.partner},CA5,${row.turnover},,,"China GACC customs (partner-reported), via press",${row.url},note,`;
};
const nextTrade = lineCount(trade) + 1;
const csvCases: Case[][] = [
  [
    {
      name: "a non-numeric value",
      edits: [{ path: trade, apply: appendLine(tradeRow({ turnover: "about 100" })) }],
      message: new RegExp(
        `central-asia-trade\\.csv:${nextTrade} field "turnover_usd_bn": "about 100" must be a number`,
      ),
    },
    {
      name: "a year out of range",
      edits: [{ path: trade, apply: appendLine(tradeRow({ year: "1890" })) }],
      message: new RegExp(
        `central-asia-trade\\.csv:${nextTrade + 1} field "year": "1890" must be between 1990 and 2030`,
      ),
    },
    {
      name: "a missing source",
      edits: [{ path: trade, apply: appendLine(tradeRow({ url: "" })) }],
      message: new RegExp(`central-asia-trade\\.csv:${nextTrade + 2} field "source_url": is missing`),
    },
    {
      name: "an unknown partner code, quoted",
      edits: [{ path: trade, apply: appendLine(tradeRow({ partner: "CHX" })) }],
      message: new RegExp(
        `central-asia-trade\\.csv:${nextTrade + 3} field "partner": "CHX" must be one of CHN, RUS, EU`,
      ),
    },
  ],
  [
    {
      name: "a CSV row with an unknown ISO3 code",
      edits: [{ path: membership, apply: appendLine("XYZ,Nowhere,member,2026,,https://example.org/x,") }],
      message: new RegExp(
        `sco-membership\\.csv:${lineCount(membership) + 1} field "iso3": "XYZ" is not a known ISO 3166-1`,
      ),
    },
    {
      name: "an unknown status",
      edits: [{ path: membership, apply: appendLine("LAO,Laos,partner,2026,,https://example.org/x,") }],
      message:
        /sco-membership\.csv:\d+ field "status": "partner" must be one of shanghai-five, founding-member, member/,
    },
  ],
  [
    {
      name: "an extra, unknown column",
      edits: [{ path: trade, apply: (text) => text.replace(/^([^\r\n]*)/, "$1,comment") }],
      message:
        /central-asia-trade\.csv:1 field "comment": "comment" is not a column of this file; remove it or rename it to one of year,partner,/,
    },
  ],
  [
    {
      name: "a turnover that is not exports plus imports",
      edits: [
        {
          path: trade,
          // The first row with all three figures, its turnover raised by a whole billion.
          apply: (text) =>
            text.replace(
              /^(\d{4},\w+,\w+,)(\d+(?:\.\d+)?)(,\d+(?:\.\d+)?,\d+(?:\.\d+)?,)/m,
              (_, head, turnover, tail) => {
                return `${head}${(Number(turnover) + 1).toFixed(turnover.split(".")[1]?.length ?? 0)}${tail}`;
              },
            ),
        },
      ],
      message:
        /central-asia-trade\.csv:2 field "turnover_usd_bn": "[\d.]+" is not exports plus imports \([\d.]+ \+ [\d.]+ = /,
    },
  ],
  [
    {
      name: "a duplicated row",
      edits: [{ path: trade, apply: (text) => appendLine(text.split(/\r?\n/)[1] ?? "")(text) }],
      message: /central-asia-trade\.csv:\d+ field "\w+": duplicates the row on line 2/,
    },
  ],
];

type Picker = ReturnType<typeof sectionPicker>;
const lines = (f: StoryFixture) => f.raw.replace(/\n$/, "").split("\n").length;

/** MDX mistakes the story's own reader catches before Astro parses anything (each in its own file). */
function syntaxCases(pick: Picker): Case[] {
  // The most particular first, so each mistake gets a file of its own while the story has enough.
  const unclosed = pick("a scrolly section with two steps", (f) => stepsOf(f).length >= 2);
  const attribute = pick("a scrolly section", scrolly);
  // A quotation in a prose section, whose closing tag the mistake then loses (whether or not the
  // story quotes anyone today).
  const quote = pick(
    "a prose section after the opening",
    (f) => !scrolly(f) && !f.section.frontmatter.headline && f.section.frontmatter.order !== undefined,
  );
  const quoteText = '\n<PullQuote by="Someone" href="https://example.org/report">Words they said.\n';
  const component = pick("any section", () => true);
  const braces = pick("any section", () => true);
  return [
    {
      name: "a deleted </Step>",
      edits: [{ path: unclosed.path, apply: replaceOnce("</Step>", "") }],
      message: at(unclosed, lineOf(unclosed.raw, "<Step "), "<Step>", "the <Step> that opens here is never closed"),
    },
    {
      name: "an unclosed <PullQuote>",
      edits: [{ path: quote.path, apply: appendLine(quoteText) }],
      message: at(quote, lines(quote) + 2, "<PullQuote>", "the <PullQuote> that opens here is never closed"),
    },
    {
      name: "a component that does not exist",
      edits: [{ path: component.path, apply: appendLine("\n<Pullquote>A sentence.</Pullquote>") }],
      message: at(component, lines(component) + 2, "<Pullquote>", "<Pullquote> is not a component of the story"),
    },
    {
      name: "braces in the text",
      edits: [{ path: braces.path, apply: appendLine("\nA {brace} here.") }],
      message: at(braces, lines(braces) + 2, "(body)", '"\\{brace\\}" is code in MDX'),
    },
    {
      name: "a misspelt attribute of a step",
      edits: [{ path: attribute.path, apply: replaceOnce(' state="', ' stat="') }],
      message: at(
        attribute,
        lineOf(attribute.raw, "<Step "),
        "stat",
        '<Step> has no attribute "stat"; it takes id, state, scrub, formerly',
      ),
    },
  ];
}

/** Frontmatter mistakes the story's own reader catches (each in its own file). */
function frontmatterCases(pick: Picker): Case[] {
  const chartKey = pick("a scrolly section", scrolly);
  const untitled = pick("a prose section with a title", (f) => !scrolly(f) && f.raw.includes("\ntitle:"));
  const yaml = pick("a prose section with a title", (f) => !scrolly(f) && f.raw.includes("\ntitle:"));
  const titleLine = (f: StoryFixture) => /\ntitle:[^\n]*/.exec(f.raw)?.[0].slice(1) ?? "";
  return [
    {
      name: "a missing title",
      edits: [{ path: untitled.path, apply: replaceOnce(`${titleLine(untitled)}\n`, "") }],
      message: at(untitled, 1, "title", "is missing; add title:"),
    },
    {
      name: "frontmatter that is not YAML",
      edits: [{ path: yaml.path, apply: replaceOnce(titleLine(yaml), "title: Moscow: a counterweight") }],
      message: at(yaml, lineOf(yaml.raw, titleLine(yaml)), "title", "the frontmatter is not valid YAML"),
    },
    {
      name: "a misspelt frontmatter key",
      edits: [{ path: chartKey.path, apply: replaceOnce("\nchart:", "\nChart:") }],
      message: at(
        chartKey,
        lineOf(chartKey.raw, "\nchart:") + 1,
        "Chart",
        '"Chart" is not a frontmatter key of a section; did you mean "chart"\\?',
      ),
    },
  ];
}

/** Mistakes of steps the story check catches (each in its own file). */
function stepCases(pick: Picker): Case[] {
  const state = pick("a scrolly section", scrolly);
  const duplicate = pick("a scrolly section", scrolly);
  const empty = pick("a scrolly section", scrolly);
  const noId = pick("a scrolly section", scrolly);
  const firstState = (f: StoryFixture) => stepsOf(f)[0]?.state ?? "";
  const other = stories.find((f) => f !== duplicate && stepsOf(f).length > 0);
  const takenId = stepsOf(other ?? duplicate)[0]?.id ?? "";
  return [
    {
      name: "an unknown state id",
      edits: [{ path: state.path, apply: replaceOnce(`state="${firstState(state)}"`, 'state="not-a-state"') }],
      message: at(state, lineOf(state.raw, "<Step "), "state", '"not-a-state" is not a state of chart'),
    },
    {
      name: "a duplicate step id",
      edits: [{ path: duplicate.path, apply: (text) => text.replace(/<Step id="[^"]+"/, `<Step id="${takenId}"`) }],
      message: at(
        duplicate,
        lineOf(duplicate.raw, "<Step "),
        "id",
        `"${literal(takenId)}" is already used at \\S*${literal(other?.name ?? "")}:\\d+`,
      ),
    },
    {
      name: "an empty step",
      edits: [
        { path: empty.path, apply: appendLine(`\n<Step id="an-empty-step" state="${firstState(empty)}">\n\n</Step>`) },
      ],
      message: at(empty, "\\d+", "(body)", 'the step "an-empty-step" has no text'),
    },
    {
      name: "a step without its id",
      edits: [{ path: noId.path, apply: appendLine(`\n<Step state="${firstState(noId)}">\n\nText.\n\n</Step>`) }],
      message: at(noId, "\\d+", "id", "the step has no id"),
    },
  ];
}

/** Mistakes of figures and citations (each in its own file). */
function figureCases(pick: Picker): Case[] {
  // A figure the source states exactly (a minimum, "more than $45 billion", is worded "over" in the fix).
  const exactCitation = /\[(\$[^\]]+)\]\(row:/;
  const figure = pick("a section with a data citation", (f) => exactCitation.test(f.raw));
  const uncited = pick("a prose section", (f) => !scrolly(f));
  const [, cited = ""] = exactCitation.exec(figure.raw) ?? [];
  const mistyped = cited.replace(/\d(?=\D*$)/, (digit) => String((Number(digit) + 1) % 10));
  return [
    {
      name: "a figure typed wrong",
      edits: [{ path: figure.path, apply: replaceOnce(`[${cited}](row:`, `[${mistyped}](row:`) }],
      message: at(
        figure,
        lineOf(figure.raw, `[${cited}](row:`),
        "figure",
        `"${literal(mistyped)}" does not match central-asia-trade\\.csv:\\d+ .*; write "${literal(cited)}"`,
      ),
    },
    {
      name: "a figure without a citation",
      edits: [{ path: uncited.path, apply: appendLine("\nTrade reached $99.9 billion.") }],
      message: at(uncited, "\\d+", "figure", '"\\$99\\.9 billion" has no data citation'),
    },
    {
      name: "a citation of a row that does not exist",
      edits: [{ path: uncited.path, apply: appendLine("\nIt was [$9.0 billion](row:trade/2029/CHN/CA5).") }],
      message: at(uncited, "\\d+", "figure", 'no row of central-asia-trade\\.csv matches "trade/2029/CHN/CA5"'),
    },
  ];
}

const dayFacts = new Set(datedFacts(realData).map((fact) => fact.date));

/** A chart the registry does not have: its section's steps go unchecked, so it has a copy of its own. */
function chartCase(): Case {
  const chart = stories.find(scrolly);
  if (!chart) throw new Error("fixture: no scrolly section");
  const chartId = writtenChart(chart.section.frontmatter) ?? "";
  return {
    name: "an unknown chart in a section's frontmatter",
    edits: [{ path: chart.path, apply: replaceOnce(`chart: ${chartId}`, `chart: ${chartId}-map`) }],
    message: at(
      chart,
      lineOf(chart.raw, `chart: ${chartId}`),
      "chart",
      `"${literal(chartId)}-map" is not a chart of this story`,
    ),
  };
}

const fullDate = new RegExp(`\\b(\\d{1,2}) (${monthNames.join("|")}) ((?:19|20)\\d{2})\\b`);

/** A day of the written date's month that the data dates nothing on. */
function dayWithoutFact(date: string): string {
  const [, , month = "", year = ""] = fullDate.exec(date) ?? [];
  const monthPart = `${year}-${String(monthNames.indexOf(month) + 1).padStart(2, "0")}`;
  const day = [...Array(28).keys()]
    .map((n) => n + 1)
    .find((d) => !dayFacts.has(`${monthPart}-${String(d).padStart(2, "0")}`));
  return `${day ?? 1} ${month} ${year}`;
}

/** Wrong dates, and statements the charts compute (a crossing, a count, a rank), each in its own file if it can. */
function claimCases(pick: Picker): Case[] {
  // "In 2008 China passed Russia", "in 2008 it passed Russia's": a year, then who passed.
  const passingPattern = /((?:19|20)\d{2}),? (?:it|China|China's trade) passed Russia/;
  const passing = pick("a sentence saying China passed Russia in a year", (f) => passingPattern.test(f.raw));
  const counted = pick("a count of members", (f) =>
    new RegExp(`\\b${countPattern} of the ${countPattern} members`, "i").test(f.raw),
  );
  const ranked = pick("an ordinal of a member", (f) =>
    new RegExp(`\\b${ordinalPattern} (?:full )?member\\b`).test(f.raw),
  );
  const dated = pick("a step with a full date", (f) => stepsOf(f).some((step) => fullDate.test(step.text)));
  const [date = "", day = "", month = "", year = ""] =
    fullDate.exec(stepsOf(dated).find((s) => fullDate.test(s.text))?.text ?? "") ?? [];
  const wrongDate = dayWithoutFact(date);
  const [passedWords = "", passedYear = ""] = passingPattern.exec(passing.raw) ?? [];
  const [share = "", part = ""] =
    new RegExp(`\\b(${countPattern}) of the ${countPattern} members`, "i").exec(counted.raw) ?? [];
  const fewer = share.replace(part, String((numberOf(part) ?? 1) - 1));
  const [rankWords = "", rank = ""] = new RegExp(`\\b(${ordinalPattern}) (?:full )?member\\b`).exec(ranked.raw) ?? [];
  const wrongRank = rankWords.replace(rank, ordinalWord((numberOf(rank) ?? 1) + 1));
  return [
    {
      name: "a wrong day in a date",
      edits: [{ path: dated.path, apply: replaceOnce(date, wrongDate) }],
      message: at(
        dated,
        lineOf(dated.raw, date),
        "date",
        `"${literal(wrongDate)}" is a date the data does not hold; the nearest the data holds: ${literal(`${day} ${month} ${year}`)}`,
      ),
    },
    {
      name: "a wrong year for a crossing the chart computes",
      edits: [
        {
          path: passing.path,
          apply: replaceOnce(passedWords, passedWords.replace(passedYear, String(Number(passedYear) - 1))),
        },
      ],
      message: at(
        passing,
        lineOf(passing.raw, passedWords),
        "claim",
        `.*China's trade passed Russia's in ${passedYear}`,
      ),
    },
    {
      name: "a wrong count of members",
      edits: [{ path: counted.path, apply: replaceOnce(share, fewer) }],
      message: at(counted, lineOf(counted.raw, share), "claim", `"${literal(fewer)}": the attendance data has`),
    },
    {
      name: "a wrong rank of a member",
      edits: [{ path: ranked.path, apply: replaceOnce(rankWords, wrongRank) }],
      message: at(
        ranked,
        lineOf(ranked.raw, rankWords),
        "claim",
        `"${literal(wrongRank)}": .* was the ${literal(rank)} `,
      ),
    },
  ];
}

/** The sections' order and the published links (each in its own file if it can). */
function linkCases(pick: Picker): Case[] {
  const reordered = pick("a section with an order", (f) => typeof f.section.frontmatter.order === "number");
  const renamed = pick("a scrolly section", scrolly);
  const aliased = pick("a scrolly section", scrolly);
  const otherOrder = stories.find((f) => f !== reordered && typeof f.section.frontmatter.order === "number");
  const lastStep = stepsOf(renamed).at(-1)?.id ?? "";
  const liveId = stories.flatMap((f) => (f === aliased ? [] : stepsOf(f).map((step) => step.id)))[0] ?? "";
  const publishedText = readFileSync(path.join(projectRoot, "content/published-ids.json"), "utf8");
  if (!(JSON.parse(publishedText) as { steps: string[] }).steps.includes(lastStep))
    throw new Error(`fixture: "${lastStep}" is not in content/published-ids.json`);
  const publishedLine = lineOf(publishedText, `"${lastStep}"`);
  return [
    {
      name: "a new section without an order",
      edits: [{ path: "story/10-epilogue.mdx", apply: () => '---\ntitle: "Epilogue"\n---\n\nThe end.\n' }],
      message: /10-epilogue\.mdx:1 field "order": the section has no order; add order: N/,
    },
    {
      name: "two sections in the same place",
      edits: [
        {
          path: reordered.path,
          apply: (text) => text.replace(/\norder: [\d.]+/, `\norder: ${otherOrder?.section.frontmatter.order}`),
        },
      ],
      // Either of the two may be the one reported: the later of them in reading order.
      message: new RegExp(
        `(?:${literal(reordered.name)}|${literal(otherOrder?.name ?? "")}):\\d+ field "order": order: ${otherOrder?.section.frontmatter.order} is also the order of`,
      ),
    },
    {
      name: "a published step renamed without its old id",
      edits: [{ path: renamed.path, apply: replaceOnce(`id="${lastStep}"`, `id="${lastStep}-new"`) }],
      message: at(
        renamed,
        lineOf(renamed.raw, `id="${lastStep}"`),
        "formerly",
        `the published step "${literal(lastStep)}" \\(\\S*published-ids\\.json:${publishedLine}\\) is gone`,
      ),
    },
    {
      name: "an old id that is another step's id",
      edits: [
        {
          path: aliased.path,
          apply: replaceOnce(stepTag(aliased, 0), stepTag(aliased, 0).replace("<Step ", `<Step formerly="${liveId}" `)),
        },
      ],
      message: at(aliased, lineOf(aliased.raw, "<Step "), "formerly", `"${literal(liveId)}" is the id of the step at`),
    },
  ];
}

/** The charts of the real data, for what each lets a step scrub through. */
const preparedCharts = prepareCharts(realData);
const scrubsIn = (chart: unknown) => typeof chart === "string" && chart in preparedCharts;
const canScrub = (f: StoryFixture) =>
  scrubsIn(f.section.frontmatter.chart) &&
  preparedCharts[f.section.frontmatter.chart as keyof typeof preparedCharts].scrub !== undefined;

/** Mistakes in scrubbing steps and in a step's length (each in its own file). */
function scrubCases(pick: Picker): Case[] {
  const reversed = pick("a section with a scrubbing step", (f) => stepsOf(f).some((step) => step.scrub));
  const cannot = pick("a scrolly section whose chart does not scrub", (f) => scrolly(f) && !canScrub(f));
  const long = pick("a scrolly section", scrolly);
  const scrubbing = stepsOf(reversed).find((step) => step.scrub);
  const [from, to] = (scrubbing?.scrub ?? "").split("-");
  const firstState = stepsOf(cannot)[0]?.state ?? "";
  const longText = Array.from({ length: 75 }, () => "word").join(" ");
  return [
    {
      name: "a scrub range that runs backwards",
      edits: [{ path: reversed.path, apply: replaceOnce(`scrub="${scrubbing?.scrub}"`, `scrub="${to}-${from}"`) }],
      message: at(
        reversed,
        lineOf(reversed.raw, `scrub="${scrubbing?.scrub}"`),
        "scrub",
        `"${to}-${from}" runs backwards.*first year of`,
      ),
    },
    {
      name: "a scrub on a chart that does not scrub",
      edits: [
        { path: cannot.path, apply: replaceOnce(`state="${firstState}"`, `state="${firstState}" scrub="2001-2002"`) },
      ],
      message: at(cannot, lineOf(cannot.raw, "<Step "), "scrub", 'chart "[^"]+" does not scrub'),
    },
    {
      name: "a step over the longest a step may be",
      edits: [
        {
          path: long.path,
          apply: appendLine(`\n<Step id="a-long-step" state="${stepsOf(long)[0]?.state}">\n\n${longText}\n\n</Step>`),
        },
      ],
      message: at(long, "\\d+", "(body)", 'the step "a-long-step" has 75 words'),
    },
  ];
}

/** One batch (one copy, one run) of mistakes picked side by side, each in its own file while there are enough. */
function batchOf(...makers: ((pick: Picker) => Case[])[]): Case[] {
  const pick = sectionPicker(stories);
  return makers.flatMap((make) => make(pick));
}

const batches = {
  csv: csvCases,
  // A story of a few files has too few to keep a broken frontmatter apart from the MDX mistakes.
  reading: [batchOf(syntaxCases), batchOf(frontmatterCases)],
  chart: [[chartCase()]],
  story: [batchOf(stepCases, figureCases)],
  facts: [batchOf(claimCases)],
  // Links one by one: a renamed step is told apart from other changes only when it is the change.
  links: batchOf(linkCases).map((each) => [each]),
  scrub: [batchOf(scrubCases)],
};
const results = new Map<string, { status: number | null; output: string }>();

describe("content checks on bad input", () => {
  // Each batch is a real `astro sync` (a few seconds), run one after another: syncs side by side
  // would race on the bundler's shared dependency cache. The mistakes of a batch are in
  // different files (or rows) and are all reported by the one run.
  beforeAll(async () => {
    results.set("real", await checkWith([]));
    for (const [name, groups] of Object.entries(batches)) {
      for (const [index, cases] of groups.entries()) {
        const result = await checkWith(cases.flatMap((each) => each.edits));
        for (const each of cases) results.set(each.name, result);
        results.set(`${name} ${index}`, result);
      }
    }
  }, 600_000);

  it("pass on the real content", () => {
    const result = results.get("real");
    expect(result?.output).toContain("Synced content");
    expect(result?.status).toBe(0);
  });

  for (const cases of Object.values(batches).flat()) {
    for (const { name, message } of cases) {
      it(`reject ${name} with file, line and field, and no stack trace`, () => {
        const result = results.get(name);
        expect(result?.output, result?.output).toMatch(message);
        expect(result?.status).not.toBe(0);
        expect(result?.output).toMatch(/^Mistakes? in the (story|data)/m);
        expect(result?.output).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
        expect(result?.output).not.toMatch(/Stack trace|node_modules/);
      });
    }
  }
});

describe("what an editor may change without breaking anything", () => {
  it("renaming every step (each keeping its old id) and renumbering every file passes the real check, in the same order", async () => {
    let renamedDir = "";
    let renamed = new Map<string, string>();
    const result = await checkWith([], (contentDir) => {
      renamedDir = contentDir;
      renamed = renameEverything(contentDir);
    });
    expect(renamed.size).toBe(stories.flatMap(stepsOf).length);
    expect(result.output, result.output).toContain("Synced content");
    expect(result.status).toBe(0);
    const reread = readStoryFiles(path.join(renamedDir, "story")).flatMap((file) =>
      file.section ? [file.section] : [],
    );
    const titles = inReadingOrder(reread, ({ file, frontmatter }) => ({ file, order: frontmatter.order })).map(
      (section) => section.frontmatter.title,
    );
    expect(titles).toEqual(stories.map((story) => story.section.frontmatter.title));
    expect(reread.map((section) => path.basename(section.file)).sort()).not.toEqual(stories.map((s) => s.name).sort());
  }, 120_000);
});

describe("the build on bad input", () => {
  const build = (edit: Edit) => {
    const root = mkdtempSync(path.join(tmpdir(), "astana-build-"));
    cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
    const file = path.join(root, "content", edit.path);
    writeFileSync(file, edit.apply(readFileSync(file, "utf8")));
    const outDir = path.join(root, "dist");
    const result = spawnSync(astro, ["build", "--outDir", outDir], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: path.join(root, "content"), ASTRO_CACHE_DIR: path.join(root, "cache") },
      encoding: "utf8",
    });
    return {
      ...result,
      output: `${result.stdout}${result.stderr}`,
      built: existsSync(path.join(outDir, "index.html")),
    };
  };

  it("stops on a data mistake before rendering anything and says where it is", { timeout: 120_000 }, () => {
    const result = build({ path: membership, apply: appendLine("BLR,Belarus,member,2031,,https://example.org/x,") });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/Mistake in the data \(content\/data\/\)/);
    expect(result.output).toMatch(/sco-membership\.csv:\d+ field "year": "2031" must be between 1990 and 2030/);
    expect(result.built).toBe(false);
  });

  it("stops on an MDX syntax error with the line the editor sees, and no stack trace", { timeout: 120_000 }, () => {
    const target = stories.find((f) => stepsOf(f).length >= 2);
    if (!target) throw new Error("fixture");
    const result = build({ path: target.path, apply: replaceOnce("</Step>", "") });
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      at(target, lineOf(target.raw, "<Step "), "<Step>", "the <Step> that opens here is never closed"),
    );
    expect(result.output).not.toMatch(/Stack trace|node_modules/);
    expect(result.built).toBe(false);
  });
});
