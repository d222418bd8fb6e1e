import type { Box } from "../boxes.ts";
import type { EurasiaGeography } from "./geography.ts";
import type { LabelPlace } from "./labelBox.ts";
import type { Segment } from "./segments.ts";

/** A name to write on a map, and what it names. */
export interface MapLabelRequest {
  key: string;
  text: string;
  /** A shorter text, written where the full one finds no clear place ("Putin" for "Putin from Moscow"). */
  shortText?: string;
  /** The point it names: inside its country's shape, or a city or a small state's dot. */
  target: readonly [number, number];
  /** The countries it may lie over without a leader line: its own (a city's country). */
  ownKeys: readonly string[];
  /** A point (city, dot) the label sits beside, rather than a shape it sits on. */
  isPoint: boolean;
  /** Left out where it cannot keep clear, rather than drawn over the others (a help, not a must). */
  isOptional?: boolean;
}

/** A name placed: where it is written and, when it stands away from what it names, its leader line. */
export interface PlacedMapLabel extends LabelPlace {
  key: string;
  /** From the named point to the label's edge; absent where the label sits on its shape or by its point. */
  leader?: Segment;
}

/** What the placer keeps clear of. */
export interface MapLabelContext {
  geography: Pick<EurasiaGeography, "width" | "height" | "keyAt" | "coverage">;
  /** The countries coloured in the state drawn: a label without a leader line lies over none but its own. */
  colouredKeys: ReadonlySet<string>;
  /** Marks no label may cover (city dots). */
  obstacles?: readonly Box[];
  /** Lines a label had better not cover (the routes drawn): a callout over one costs more. */
  lines?: readonly Segment[];
}

/** The boxes and leader lines of the names placed so far. */
export interface Taken {
  boxes: Box[];
  leaders: Segment[];
}
