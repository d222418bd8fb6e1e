import type { DataIssue } from "../data/DataError.ts";
import { writtenChart, type WrittenFrontmatter } from "../schemas/storySection.ts";
import type { Datasets } from "../data/datasets.ts";
import { checkFigure, moneyPattern } from "./figureText.ts";
import { checkFormerly } from "./checkFormerly.ts";
import { checkPublished } from "./checkPublished.ts";
import type { PublishedIds } from "./publishedIds.ts";
import type { SectionSource } from "./readSection.ts";
import { resolveRowRef } from "./rowRefs.ts";
import { checkOrder, inReadingOrder } from "./sectionOrder.ts";
import { suggestCitation } from "./suggestCitation.ts";
import { checkFacts } from "./facts/checkFacts.ts";
import { datedFacts, yearsInData } from "./facts/datedFacts.ts";
import { dataNumbers, notesOf } from "./facts/dataWords.ts";
import type { StoryClaim } from "../charts/shared/chartContract.ts";

/** One story section as the checks see it. */
export interface CheckedSection {
  /** Path of the MDX file, as messages show it. */
  file: string;
  frontmatter: WrittenFrontmatter;
  /** 1-based line of each frontmatter key in the file. */
  keyLines: Readonly<Record<string, number>>;
  source: SectionSource;
}

const stepIdPattern = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/** The file line of a match inside a run of text that starts on `line` (a paragraph may wrap). */
function lineAt(text: string, index: number | undefined, line: number): number {
  return line + (text.slice(0, index ?? 0).match(/\n/g)?.length ?? 0);
}

function checkHeadline(sections: readonly CheckedSection[], issues: DataIssue[]): void {
  const first = sections[0];
  const withHeadline = sections.filter((section) => section.frontmatter.headline);
  if (first && withHeadline.length === 1 && withHeadline[0] === first && first.frontmatter.dek) return;
  issues.push({
    file: first?.file ?? "content/story/",
    line: 1,
    field: "headline",
    message:
      "the first section (and only it) must set both headline: and dek: in its frontmatter" +
      (withHeadline.length > 1 ? `; found headlines in ${withHeadline.map((s) => s.file).join(", ")}.` : "."),
  });
}

function checkSteps(
  sections: readonly CheckedSection[],
  statesByChart: Readonly<Record<string, readonly string[]>>,
  issues: DataIssue[],
): void {
  const firstUse = new Map<string, string>();
  for (const { file, frontmatter, keyLines, source } of sections) {
    const chart = writtenChart(frontmatter);
    const chartLine = keyLines.chart ?? 1;
    if (chart !== undefined && !(chart in statesByChart)) {
      const known = Object.keys(statesByChart).join(", ");
      issues.push({
        file,
        line: chartLine,
        field: "chart",
        message: `"${chart}" is not a chart of this story; use one of: ${known}.`,
      });
      continue;
    }
    if (chart && source.steps.length === 0) {
      const message = `a section with a chart needs at least one <Step id="…" state="…"> element; add steps or remove "chart".`;
      issues.push({ file, line: chartLine, field: "chart", message });
    }
    for (const { id, state, line, text } of source.steps) {
      const at = (field: string, message: string) => issues.push({ file, line, field, message });
      if (!chart) {
        at("chart", `<Step> is only allowed in a scrolly section; add "chart:" to this file's frontmatter.`);
        continue;
      }
      if (!id) at("id", `the step has no id; add id="a-kebab-case-name" (it becomes the link #name).`);
      else if (!stepIdPattern.test(id)) at("id", `"${id}" is not kebab-case; use lower-case words joined by hyphens.`);
      else if (firstUse.has(id)) at("id", `"${id}" is already used at ${firstUse.get(id)}; step ids must be unique.`);
      else firstUse.set(id, `${file}:${line}`);
      const allowed = statesByChart[chart] ?? [];
      if (!state) at("state", `the step has no state; add state="…", one of: ${allowed.join(", ")}.`);
      else if (!allowed.includes(state))
        at("state", `"${state}" is not a state of chart "${chart}"; use one of: ${allowed.join(", ")}.`);
      if (text === "") at("(body)", `the step "${id ?? ""}" has no text; write what the reader should notice.`);
    }
  }
}

/** The row a money figure written without a citation may come from ("$30.8 billion" → 30.82), as the fix. */
function citationFor(figure: string, data: Datasets): string | undefined {
  const [, digits = "", unit = ""] = /\$([\d,]+(?:\.\d+)?) ?(billion|million|bn|m)?/.exec(figure) ?? [];
  const decimals = digits.split(".")[1]?.length ?? 0;
  const isMillions = unit === "million" || unit === "m";
  const value = Number(digits.replaceAll(",", "")) / (isMillions ? 1000 : 1);
  return suggestCitation(data, value, decimals + (isMillions ? 3 : 0));
}

/** Every money figure is cited, and every citation prints its row's figure in the house style. */
function checkFigures(sections: readonly CheckedSection[], data: Datasets, issues: DataIssue[]): void {
  for (const { file, source } of sections) {
    const citations = [...source.steps.flatMap((step) => step.citations), ...source.proseCitations];
    for (const citation of citations) {
      const row = resolveRowRef(citation.ref, data);
      const problem = "problem" in row ? row.problem : checkFigure(citation.text, row);
      if (problem) issues.push({ file, line: citation.line, field: "figure", message: problem });
    }
    for (const { text, line } of source.uncitedText) {
      for (const { 0: figure, index } of text.matchAll(moneyPattern)) {
        const fix = citationFor(figure, data) ?? `write it as [${figure}](row:trade/…) pointing at its row.`;
        issues.push({
          file,
          line: lineAt(text, index, line),
          field: "figure",
          message: `"${figure}" has no data citation; ${fix}`,
        });
      }
    }
  }
}

/** What the story is checked against besides its charts and data. */
export interface StoryCheckContext {
  /** The step ids of the published story (content/published-ids.json): each must still lead to a step. */
  published?: PublishedIds;
  /** The statements about the charts' facts the words are held to (each chart's `claims`). */
  claims?: readonly StoryClaim[];
  /** The data's documentation besides its notes (sources.md), which the sources section may report. */
  documentation?: string;
}

/** Dates, years, claims and other numbers outside citations, held to the data (facts/checkFacts.ts). */
function checkNumbers(sections: readonly CheckedSection[], data: Datasets, context: StoryCheckContext): DataIssue[] {
  return checkFacts(sections, {
    facts: datedFacts(data),
    years: yearsInData(data),
    dataNumbers: dataNumbers(data),
    claims: context.claims ?? [],
    documentation: `${notesOf(data)}\n${context.documentation ?? ""}`.toLowerCase(),
    suggestCitation: (value, decimals) => suggestCitation(data, value, decimals),
  });
}

/**
 * Checks the whole story against the charts and the data: the order of the sections, the
 * headline, every step (id, state, text, former ids, published ids) and every figure (cited,
 * matching its row at the printed precision, in the house style). Returns every problem with its
 * file and line, so one run shows them all.
 */
export function checkStory(
  sections: readonly CheckedSection[],
  statesByChart: Readonly<Record<string, readonly string[]>>,
  data: Datasets,
  context: StoryCheckContext = {},
): DataIssue[] {
  const ordered = inReadingOrder(sections, ({ file, frontmatter }) => ({ file, order: frontmatter.order }));
  const issues: DataIssue[] = [];
  issues.push(
    ...checkOrder(
      ordered.map(({ file, frontmatter, keyLines }) => ({ file, order: frontmatter.order, line: keyLines.order ?? 1 })),
    ),
  );
  checkHeadline(ordered, issues);
  checkSteps(ordered, statesByChart, issues);
  issues.push(...checkFormerly(ordered));
  if (context.published) issues.push(...checkPublished(ordered, context.published));
  checkFigures(ordered, data, issues);
  issues.push(...checkNumbers(ordered, data, context));
  return issues;
}
