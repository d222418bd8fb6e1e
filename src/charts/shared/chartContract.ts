import type { Datasets, DatasetName } from "../../data/datasets.ts";

/** A state of a chart, with its own words, so a new state cannot exist without them. */
export interface ChartState {
  id: string;
  /** What the embed's stepper calls it. */
  label: string;
  /** The picture in full, for text alternatives. */
  description: string;
  /** What changed, announced to screen readers when the chart moves to it. */
  announcement: string;
}

/** A drawing of one state as a file of its own (served at `figures/<chart>/<name>.svg`). */
export interface StaticDrawing {
  /** File name without the extension; unique within the chart. */
  name: string;
  svg: string;
  width: number;
  height: number;
  /** Where this drawing is meant for (a `<picture>` source), e.g. "(min-width: 48rem)"; the last drawing has none. */
  media?: string;
}

/**
 * What a scrubbing step of a chart runs through (`<Step … scrub="1995-2008">`): the chart draws
 * the step's state gradually, one value at a time, as the reader scrolls through the step.
 */
export interface ScrubContract {
  /** What the values are, for editors' messages: "years". */
  unit: string;
  /**
   * The values a step showing `stateId` may scrub through, ascending. A range must start on one
   * and end on the last: the step's end is its state, the picture reduced motion, print and
   * readers without JavaScript see.
   */
  valuesOf(stateId: string): readonly number[];
  /** States the figure must be able to draw to scrub from `from` to `stateId` (beyond that state). */
  statesThrough?(stateId: string, from: number): readonly string[];
}

/** What a chart computes from the data, once per build (again when the data change). */
export interface PreparedChart {
  states: readonly ChartState[];
  /** The state an embed opens at. */
  summaryState: string;
  /** The state its share image shows. */
  shareState: string;
  /** The source line under the chart. */
  sourceNote: string;
  /**
   * The browser's frames for the states a figure may show, in the order its reader meets them
   * (a section's steps, or every state for an embed): plain JSON data, holding only what those
   * states draw. `scrubbed` names the states a scrubbing step draws part of the way: only
   * those carry what scrubbing needs.
   */
  frames(sequence: readonly string[], scrubbed?: ReadonlySet<string>): unknown[];
  /**
   * The state as standalone drawings (one per screen size where one is not enough). `since` is
   * the state the reader saw before, for a chart that says what changed since then.
   */
  drawings(stateId: string, since?: string): StaticDrawing[];
  /** Markup the page writes once, however many figures use it (shared outlines); identical markup is written once. */
  pageDefs?(): string;
  /** What a scrubbing step may run through; absent for a chart that does not scrub. */
  scrub?: ScrubContract;
}

/** An Astro component of a chart's folder (typed loosely: the registry holds every chart's). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type ChartComponent = (props: any) => unknown;

/**
 * The contract a chart folder exports from its `index.ts`: with one line in the registry
 * (src/charts/registry.ts) the chart gets the sticky figure, the static figures, the data table,
 * the embed page, the downloads and the share image, with no other file naming it.
 */
export interface Chart<Prepared extends PreparedChart = PreparedChart> {
  title: string;
  /** One line for embeds and link previews. */
  description: string;
  /** The dataset offered as the chart's data download. */
  dataset: DatasetName;
  prepare(data: Datasets): Prepared;
  /**
   * The figure's body in one state: `{ chart: Prepared, state, sequence, idPrefix, isDecorative }`;
   * `sequence` lists the states the figure may move to (what it must be ready to draw).
   */
  Figure: ChartComponent;
  /** The data behind the chart: `{ chart: Prepared }`. */
  Table: ChartComponent;
}

/** Declares a chart, keeping its own prepared type inside its folder. */
export function defineChart<Prepared extends PreparedChart>(chart: Chart<Prepared>): Chart {
  return chart as unknown as Chart;
}
