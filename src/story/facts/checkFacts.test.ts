import { describe, expect, it } from "vitest";
import { realData } from "../../../test/realData.ts";
import { prepareCharts } from "../../charts/getCharts.ts";
import { formatDate } from "../../charts/shared/format.ts";
import { ordinalWord } from "../../charts/shared/numberWords.ts";
import { arrivalOrder } from "../../charts/sco-membership/claims.ts";
import type { DataIssue } from "../../data/DataError.ts";
import { checkStory, type CheckedSection } from "../checkStory.ts";
import { readSection } from "../readSection.ts";
import { findWrittenDates } from "./writtenDates.ts";
import { splitSentences } from "./sentences.ts";

// Every expectation is worked out from the real rows, so a new row moves the answer, not the test.
const charts = prepareCharts(realData);
const states = Object.fromEntries(Object.entries(charts).map(([id, chart]) => [id, chart.states.map((s) => s.id)]));
const claims = Object.values(charts).flatMap((chart) => chart.claims ?? []);

let order = 1;
const section = (file: string, body: string, chart?: string): CheckedSection => ({
  file,
  frontmatter: file.endsWith("-sources.mdx")
    ? { title: "S" }
    : { title: "T", order: order++, ...(chart ? { chart } : {}) },
  keyLines: {},
  source: readSection(body, 0),
});
const opening = section("content/story/01-opening.mdx", "Prose.");
opening.frontmatter = { ...opening.frontmatter, headline: "H", dek: "D" };
const sources = (body = "Prose.") => section("content/story/99-sources.mdx", body);
const issuesOf = (...sections: CheckedSection[]): DataIssue[] =>
  checkStory([opening, ...sections, sources()], states, realData, { claims, documentation: "" });
const prose = (text: string) => section("content/story/05-prose.mdx", `\n${text}\n`);
const steps = (...texts: string[]) =>
  section(
    "content/story/05-steps.mdx",
    texts.map((text, index) => `<Step id="s${index}" state="2024">\n\n${text}\n\n</Step>\n`).join("\n"),
    "sco-membership",
  );

const dayEvent = realData.events.find((row) => row.date.length === 10);
if (!dayEvent) throw new Error("fixture: events.csv has no dated event");
const [eventYear = 0, eventMonth = 1, eventDay = 1] = dayEvent.date.split("-").map(Number);
/** A day of the event's month that nothing in the data is dated on. */
const emptyDay = [...Array(28).keys()]
  .map((index) => index + 1)
  .find((day) => {
    const md = `-${String(eventMonth).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
    const dates = [
      ...realData.events.map((row) => row.date),
      ...realData.membership.map((row) => row.date),
      ...realData.trips.flatMap((row) => [row.date_start, row.date_end]),
    ];
    return !dates.some((date) => date.endsWith(md));
  });
const monthName = formatDate(dayEvent.date).split(" ")[1];

describe("dates", () => {
  it("accepts a date the data holds, and names the row for one it does not", () => {
    expect(issuesOf(prose(`On ${formatDate(dayEvent.date)} it happened.`))).toEqual([]);
    const [issue] = issuesOf(prose(`On ${emptyDay} ${monthName} ${eventYear} it happened.`));
    expect(issue).toMatchObject({ file: "content/story/05-prose.mdx", line: 2, field: "date" });
    expect(issue?.message).toContain(`"${emptyDay} ${monthName} ${eventYear}" is a date the data does not hold`);
    expect(issue?.message).toContain(`events.csv:${dayEvent.line}`);
  });

  it("reads a date without a year in the year written before it", () => {
    const wrongYear = [...Array(30).keys()]
      .map((n) => 1995 + n)
      .find(
        (year) =>
          year !== eventYear &&
          !realData.events.some((row) => row.date === `${year}${dayEvent.date.slice(4)}`) &&
          realData.membership.some((row) => row.date.startsWith(`${year}-`)),
      );
    expect(issuesOf(prose(`That was ${eventYear}. On ${eventDay} ${monthName} it happened.`))).toEqual([]);
    const [issue] = issuesOf(prose(`That was ${wrongYear}. On ${eventDay} ${monthName} it happened.`));
    expect(issue?.field).toBe("date");
    expect(issue?.message).toContain(`(read as ${wrongYear}: the year written before it)`);
  });

  it("holds a weekday to the calendar", () => {
    const weekday = new Date(`${dayEvent.date}T00:00:00Z`).getUTCDay();
    const names = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    const right = `${names[weekday]}, ${formatDate(dayEvent.date)}`;
    expect(issuesOf(prose(`It was ${right}.`))).toEqual([]);
    const wrong = `${names[(weekday + 1) % 7]}, ${formatDate(dayEvent.date)}`;
    expect(issuesOf(prose(`It was ${wrong}.`))[0]?.message).toContain(`was a ${names[weekday]}`);
  });

  it("lets the sources section report a date only the data's documentation holds", () => {
    const text = `One report gives ${emptyDay} ${monthName} ${eventYear}.`;
    const documented = checkStory([opening, sources(text)], states, realData, {
      documentation: `a report said ${emptyDay} ${monthName} ${eventYear}`.toLowerCase(),
    });
    expect(documented).toEqual([]);
    expect(issuesOf(prose(text))).toHaveLength(1);
  });

  it("finds dates in the forms editors write", () => {
    const found = findWrittenDates("On 3-4 July 2024, then Friday, 5 July, in April 2012 and on June 9, 2017.");
    expect(found.map(({ days, month, year, weekday }) => ({ days, month, year, weekday }))).toEqual([
      { days: [3, 4], month: 7, year: 2024, weekday: undefined },
      { days: [5], month: 7, year: undefined, weekday: "Friday" },
      { days: [], month: 4, year: 2012, weekday: undefined },
      { days: [9], month: 6, year: 2017, weekday: undefined },
    ]);
  });

  it("does not end a sentence at an initial", () => {
    const text = "His minister, S. Jaishankar, came. Then he left.";
    expect(splitSentences(text).map(({ start, end }) => text.slice(start, end))).toEqual([
      "His minister, S. Jaishankar, came.",
      "Then he left.",
    ]);
  });
});

describe("counts and crossings the charts compute", () => {
  const members = arrivalOrder(realData.membership, "member");
  const last = members.at(-1);
  if (!last) throw new Error("fixture");

  it("holds 'the Nth member' to the named country's place in the order of accession", () => {
    expect(issuesOf(steps(`${last.country} became the ${ordinalWord(last.first)} member.`))).toEqual([]);
    const [issue] = issuesOf(steps(`${last.country} became the ${ordinalWord(last.first + 1)} member.`));
    expect(issue).toMatchObject({ field: "claim" });
    expect(issue?.message).toContain(`${last.country} was the ${ordinalWord(last.first)} member`);
    expect(issue?.message).toContain(`sco-membership.csv:${last.line}`);
  });

  it("holds 'the N members' to the count of the year the text speaks of", () => {
    const year = Number(last.date.slice(0, 4));
    expect(issuesOf(steps(`In ${year} the club had all ${members.length} members.`))).toEqual([]);
    const [issue] = issuesOf(steps(`In ${year} the club had all ${members.length + 1} members.`));
    expect(issue?.message).toContain(`the data has ${members.length} members at the end of ${year}`);
  });

  it("holds 'X of the Y members' at the summit to the attendance rows", () => {
    const summitMembers = realData.attendance.filter((row) => row.sco_status_2024 === "member");
    const leaders = summitMembers.filter((row) => row.attendance === "leader").length;
    const text = (part: number) =>
      `In 2024 ${part} of the ${summitMembers.length} members were represented by their leaders.`;
    expect(issuesOf(steps(text(leaders)))).toEqual([]);
    expect(issuesOf(steps(text(leaders - 1)))[0]?.message).toContain("summit-attendance.csv");
  });

  it("holds 'passed Russia' to the year China's line went above Russia's", () => {
    const chn = new Map(
      realData.trade
        .filter((r) => r.partner === "CHN" && r.reporter_iso3 === "CA5" && r.source.startsWith("IMF DOTS (CHN"))
        .map((r) => [r.year, r.turnover_usd_bn.value]),
    );
    const rus = new Map(
      realData.trade
        .filter((r) => r.partner === "RUS" && r.reporter_iso3 === "CA5" && r.source.startsWith("IMF DOTS (RUS"))
        .map((r) => [r.year, r.turnover_usd_bn.value]),
    );
    const ahead = (year: number) => (chn.get(year) ?? 0) > (rus.get(year) ?? Infinity);
    const year = [...chn.keys()].sort().find((each) => ahead(each) && !ahead(each - 1) && chn.has(each - 1));
    if (!year) throw new Error("fixture");
    const trade = (text: string) =>
      section(
        "content/story/05-trade.mdx",
        `<Step id="t" state="crossover">\n\n${text}\n\n</Step>\n`,
        "central-asia-trade",
      );
    expect(issuesOf(trade(`In ${year} it passed Russia's.`))).toEqual([]);
    const [issue] = issuesOf(trade(`In ${year - 1} it passed Russia's.`));
    expect(issue).toMatchObject({ field: "claim" });
    expect(issue?.message).toContain(`passed Russia's in ${year}`);
  });
});

describe("other numbers", () => {
  it("checks numbers written with thousands separators, and decades against the data's years", () => {
    expect(issuesOf(prose("It took 1,517 days."))[0]).toMatchObject({ field: "number" });
    const first = Math.min(...realData.trade.map((row) => row.year));
    expect(issuesOf(prose(`Trade grew in the ${first - (first % 10)}s.`))).toEqual([]);
    expect(issuesOf(prose("Trade grew in the 1960s."))[0]).toMatchObject({ field: "number" });
  });

  it("accepts a number the data's own words write, and names a figure's row", () => {
    const ordinal = realData.events.flatMap((row) => /\b\d+(?:st|nd|rd|th)\b/.exec(row.event) ?? [])[0];
    if (!ordinal) throw new Error("fixture");
    expect(issuesOf(prose(`It was the ${ordinal} meeting.`))).toEqual([]);
    const row = realData.trade.find((each) => each.turnover_usd_bn.decimals >= 2);
    if (!row) throw new Error("fixture");
    const [issue] = issuesOf(prose(`It came to ${row.turnover_usd_bn.value.toFixed(1)} that year.`));
    expect(issue?.field).toBe("figure");
    expect(issue?.message).toContain("write it as [$");
  });
});
