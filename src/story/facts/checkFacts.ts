import type { StoryClaim } from "../../charts/shared/chartContract.ts";
import type { DataIssue } from "../../data/DataError.ts";
import type { CheckedSection } from "../checkStory.ts";
import { moneyPattern } from "../figureText.ts";
import { isSourcesSection } from "../sectionOrder.ts";
import { lineInBlock, type TextBlock } from "../textBlocks.ts";
import { checkDate } from "./checkDate.ts";
import { checkNumber } from "./checkNumber.ts";
import type { DatedFact } from "./datedFacts.ts";
import { splitSentences } from "./sentences.ts";
import { findWrittenDates } from "./writtenDates.ts";
import { candidateYears, yearsWritten, type WrittenYear } from "./yearContext.ts";

/** What the story's dates, years, counts and other numbers are checked against. */
export interface FactSources {
  facts: readonly DatedFact[];
  years: ReadonlySet<number>;
  /** Numbers the data's own text fields write ("24th" summit, "41" years), which the story may repeat. */
  dataNumbers: ReadonlySet<string>;
  claims: readonly StoryClaim[];
  /** The data's notes and sources files, lower-cased: what the sources section may also report. */
  documentation: string;
  /** Suggests the citation for a bare figure ("30.8" → the row that holds 30.82), if one matches. */
  suggestCitation(value: number, decimals: number): string | undefined;
}

/** A block's words with citations and money figures blanked (both are checked against their rows). */
function masked(block: TextBlock): string {
  let text = block.text;
  for (const { start, end } of block.cited) text = text.slice(0, start) + " ".repeat(end - start) + text.slice(end);
  return text.replace(moneyPattern, (figure) => " ".repeat(figure.length));
}

/** One section's blocks, with what a block may take its year from. */
interface SectionText {
  file: string;
  isSources: boolean;
  blocks: readonly TextBlock[];
  texts: readonly string[];
  written: readonly WrittenYear[];
  /** Whether the words of block `other` set the year for block `block` (same scrolly section, earlier step). */
  sharesContext(block: number, other: number): boolean;
}

function sectionText({ file, frontmatter, source }: CheckedSection): SectionText {
  const texts = source.blocks.map(masked);
  const written = texts.flatMap((text, block) => yearsWritten(text).map((entry) => ({ ...entry, block })));
  const isScrolly = Boolean(frontmatter.chart);
  const sharesContext = (block: number, other: number) =>
    isScrolly && other < block && source.blocks[other]?.step !== undefined && source.blocks[block]?.step !== undefined;
  return { file, isSources: isSourcesSection(file), blocks: source.blocks, texts, written, sharesContext };
}

/** Offsets already checked as a date, a year or a claim: the plain-number check skips them. */
type Covered = { start: number; end: number }[];
const isCovered = (covered: Covered, index: number) => covered.some(({ start, end }) => index >= start && index < end);

/** Every written date of a block, read in its year and held to the dated facts. */
function checkDates(section: SectionText, block: number, sources: FactSources, issue: Report, covered: Covered) {
  const text = section.texts[block] ?? "";
  const sentences = splitSentences(text);
  const hasDays = (year: number) =>
    sources.facts.some((fact) => fact.date.length === 10 && fact.date.startsWith(`${year}-`));
  for (const date of findWrittenDates(text)) {
    covered.push({ start: date.index, end: date.index + date.text.length });
    const sentenceEnd = sentences.find(({ end }) => end > date.index)?.end ?? text.length;
    const context = candidateYears(section.written, { block, index: date.index, sentenceEnd }, (other) =>
      section.sharesContext(block, other),
    ).find(({ year }) => hasDays(year));
    const year = date.year ?? context?.year;
    const problem = checkDate({ date, year, yearFrom: date.year ? undefined : context?.from }, sources.facts);
    if (problem && !(section.isSources && sources.documentation.includes(date.text.toLowerCase()))) {
      issue(block, date.index, "date", problem);
    }
  }
}

/** Every year a block writes outside its dates must be one the data's date and year fields hold. */
function checkYears(section: SectionText, block: number, sources: FactSources, issue: Report, covered: Covered) {
  const known = [...sources.years].sort((a, b) => a - b);
  for (const { index, year } of yearsWritten(section.texts[block] ?? "")) {
    if (isCovered(covered, index)) continue;
    covered.push({ start: index, end: index + 4 });
    if (sources.years.has(year) || (section.isSources && sources.documentation.includes(String(year)))) continue;
    const message = `${year} is a year the data does not hold (its dates and years run ${known[0]}–${known.at(-1)}, no notes or links counted); correct it, or add the sourced row it comes from.`;
    issue(block, index, "year", message);
  }
}

/** Every statement a chart's claims recognise in a sentence, held to what the chart computes. */
function checkClaims(section: SectionText, block: number, sources: FactSources, issue: Report, covered: Covered) {
  const text = section.texts[block] ?? "";
  for (const { start, end } of splitSentences(text)) {
    const sentence = text.slice(start, end);
    const context = candidateYears(section.written, { block, index: start, sentenceEnd: start }, (other) =>
      section.sharesContext(block, other),
    )[0];
    const year = yearsWritten(sentence)[0]?.year ?? context?.year;
    for (const claim of sources.claims) {
      for (const finding of claim.find({ text: sentence, year })) {
        covered.push({ start: start + finding.index, end: start + finding.index + finding.length });
        if (finding.problem) issue(block, start + finding.index, "claim", finding.problem);
      }
    }
  }
}

type Report = (block: number, index: number, field: string, message: string) => void;

/**
 * Holds every number an editor writes outside a data citation to what it claims: dates to the
 * data's dated facts (the year taken from the text when the date has none), years to the years
 * the data's date and year fields hold, statements the charts compute (counts, crossings) to the
 * charts, and any other number to the data's own text or a row to cite. Numbers found only in
 * notes, URLs or line numbers do not count, except in the sources section, which reports the
 * data's documentation (notes, sources.md).
 */
export function checkFacts(sections: readonly CheckedSection[], sources: FactSources): DataIssue[] {
  const issues: DataIssue[] = [];
  for (const section of sections.map(sectionText)) {
    const found: DataIssue[] = [];
    const issue: Report = (block, index, field, message) => {
      const at = section.blocks[block];
      found.push({ file: section.file, line: at ? lineInBlock(at, index) : 1, field, message });
    };
    section.blocks.forEach((_, block) => {
      const covered: Covered = [];
      checkDates(section, block, sources, issue, covered);
      checkClaims(section, block, sources, issue, covered);
      checkYears(section, block, sources, issue, covered);
      const text = section.texts[block] ?? "";
      for (const number of checkNumber(text, (index) => isCovered(covered, index), sources, section.isSources)) {
        issue(block, number.index, number.field, number.message);
      }
    });
    issues.push(...found.sort((a, b) => a.line - b.line));
  }
  return issues;
}
