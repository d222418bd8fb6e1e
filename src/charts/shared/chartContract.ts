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

/** A sentence of the story, as a chart's claims read it. */
export interface ClaimSentence {
  /** The sentence's words, data citations blanked out (their figures are checked against their rows). */
  text: string;
  /** The year it speaks of: the first it writes, else the last written before it in its step or paragraph. */
  year: number | undefined;
}

/** Words of a sentence that state what a chart computes, and whether the data agrees. */
export interface ClaimFinding {
  /** Where the words are in the sentence. */
  index: number;
  length: number;
  /** What is wrong and what the data holds, with the rows; undefined when the words agree with the data. */
  problem: string | undefined;
}

/**
 * A kind of statement the story makes about what a chart computes from its rows ("in 2008 it
 * passed Russia's", "the tenth member", "nine of the ten members"): the story's check holds
 * every such statement to the data, so a wrong year or count fails the build.
 */
export interface StoryClaim {
  find(sentence: ClaimSentence): ClaimFinding[];
}

/**
 * What a chart computes from the data, once per build (again when the data change). `Frame` is
 * the chart's own frame type, so its figure reads its frames without a cast; the registry and
 * the pages see `unknown` frames, which they only encode.
 */
export interface PreparedChart<Frame = unknown> {
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
   * those carry what scrubbing needs. For a chart with `frameVariants`, `variant` names the one
   * to write (a file each; the browser fetches only the variant it draws).
   */
  frames(sequence: readonly string[], scrubbed?: ReadonlySet<string>, variant?: string): Frame[];
  /**
   * Drawings the browser chooses between, each with frames of its own (`compact`, `wide`): one
   * file per variant (`<sequence>.<variant>.json`), so a phone never downloads the wide frames.
   */
  frameVariants?: readonly string[];
  /**
   * The state as standalone drawings (one per screen size where one is not enough). `since` is
   * the state the reader saw before, for a chart that says what changed since then.
   */
  drawings(stateId: string, since?: string): StaticDrawing[];
  /** Markup the page writes once, however many figures use it (shared outlines); identical markup is written once. */
  pageDefs?(): string;
  /** What a scrubbing step may run through; absent for a chart that does not scrub. */
  scrub?: ScrubContract;
  /** The statements about this chart's facts the story's words are checked against (counts, crossings). */
  claims?: readonly StoryClaim[];
}

/** What a chart's `Figure` receives: its prepared chart and the state to draw. */
export interface FigureProps<Prepared extends PreparedChart = PreparedChart> {
  chart: Prepared;
  /** The state drawn in the HTML. */
  state: string;
  /** The states the figure may move to, in order (what it must be ready to draw). */
  sequence: readonly string[];
  /** Unique prefix for ids inside the figure. */
  idPrefix: string;
  /** Hidden from assistive technology (the story's steps carry the meaning). */
  isDecorative: boolean;
}

/** What a chart's `Table` receives. */
export interface TableProps<Prepared extends PreparedChart = PreparedChart> {
  chart: Prepared;
}

/**
 * An Astro component that takes `Props`: `astro check` types each `.astro` file's default export
 * by its `interface Props`, so a component whose props do not fit fails the check (and the
 * build, which runs it).
 */
export type ChartComponent<Props> = (props: Props) => unknown;

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
  /** The figure's body in one state. */
  Figure: ChartComponent<FigureProps<Prepared>>;
  /** The data behind the chart. */
  Table: ChartComponent<TableProps<Prepared>>;
}

/**
 * Declares a chart. Its components are checked against its own prepared type here, at the
 * definition (a Figure that expects another chart's data, or props the page does not pass,
 * fails `astro check`); the registry then holds every chart under the common contract. That
 * widening is sound because a chart's components only ever receive what its own `prepare`
 * returned: getCharts() prepares each chart by its id, and ChartFigure and the table pages pass
 * `getCharts()[id]` to `charts[id]`'s components.
 */
export function defineChart<Prepared extends PreparedChart>(chart: Chart<Prepared>): Chart {
  const { Figure, Table } = chart;
  return {
    ...chart,
    Figure: Figure as ChartComponent<FigureProps>,
    Table: Table as ChartComponent<TableProps>,
  };
}
