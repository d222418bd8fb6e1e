import type { DataIssue } from "../data/DataError.ts";
import type { ScrubContract } from "../charts/shared/chartContract.ts";
import { parseScrubRange } from "../charts/shared/scrubRange.ts";
import { writtenChart } from "../schemas/storySection.ts";
import type { CheckedSection } from "./checkStory.ts";

/** "1995–2007" for a run of consecutive values, else the values listed. */
function describeValues(values: readonly number[]): string {
  const first = values[0];
  const last = values.at(-1);
  if (first === undefined || last === undefined) return "none";
  const isRun = values.every((value, index) => value === first + index);
  return isRun && values.length > 2 ? `${first}–${last}` : values.join(", ");
}

/** The values of a state, or none for a state the chart does not know (checkStory reports that). */
function valuesOf(contract: ScrubContract, state: string): readonly number[] {
  try {
    return contract.valuesOf(state);
  } catch {
    return [];
  }
}

/** What is wrong with one step's `scrub`, or undefined when the chart can draw it. */
function scrubProblem(written: string, state: string, chart: string, contract: ScrubContract | undefined) {
  if (!contract) return `chart "${chart}" does not scrub; remove scrub="${written}" from this step.`;
  const values = valuesOf(contract, state);
  const last = values.at(-1);
  if (last === undefined) return `state "${state}" of chart "${chart}" cannot be scrubbed; remove scrub="${written}".`;
  const starts = describeValues(values.slice(0, -1));
  const range = parseScrubRange(written);
  const expected = `write scrub="<first>-${last}" with a first ${contract.unit.replace(/s$/, "")} of ${starts}`;
  if (!range) return `"${written}" is not a range of ${contract.unit}; ${expected}.`;
  if (range.from >= range.to) return `"${written}" runs backwards or stands still; ${expected}.`;
  if (range.to !== last)
    return `"${written}" must end on ${last}, the last of the ${contract.unit} state "${state}" draws (its end is the step's picture); ${expected}.`;
  if (!values.includes(range.from))
    return `${range.from} is not one of the ${contract.unit} the chart can draw here; ${expected}.`;
  return undefined;
}

/**
 * Every `scrub` of the story against its chart's contract: the chart must scrub, the range must
 * be two of the values the step's state can draw, in order, ending on the state's own last value.
 */
export function checkScrubs(
  sections: readonly CheckedSection[],
  scrubs: Readonly<Record<string, ScrubContract | undefined>>,
): DataIssue[] {
  return sections.flatMap(({ file, frontmatter, source }) =>
    source.steps.flatMap(({ scrub, state, line }) => {
      const chart = writtenChart(frontmatter);
      if (scrub === undefined || !chart || !state || !(chart in scrubs)) return [];
      const problem = scrubProblem(scrub, state, chart, scrubs[chart]);
      return problem ? [{ file, line, field: "scrub", message: problem }] : [];
    }),
  );
}
