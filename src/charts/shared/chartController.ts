import { decodeFrames, type EncodedFrames } from "./frameDelta.ts";
import type { ScrubRange } from "./scrubRange.ts";

/** What the scroll engine and the embed stepper need from a chart in the browser. */
export interface ChartController {
  /**
   * Draws the named state. Idempotent: showing the state already drawn changes nothing.
   * `isInstant` skips transitions (the first picture on load, a deep link, a history jump).
   */
  show(stateId: string, options?: ShowOptions): void;
  /** One or two sentences on the state drawn now, generated from the data, for screen readers. */
  announcement(): string;
  /** Every state id the chart can show, in order. */
  readonly stateIds: readonly string[];
  /**
   * For a chart that scrubs: draws `stateId` (already shown) part of the way, at `progress` (0 at
   * the step's start, 1 at its end) through `range`, and returns the value drawn (a year). With
   * no range, draws the state whole. A pure function of its arguments: the same call draws the
   * same picture, and it touches only what changes (a clip, a readout), at most once a frame.
   */
  scrub?(stateId: string, range: ScrubRange | undefined, progress: number): number | undefined;
  /** Removes every listener, observer and running transition. */
  destroy(): void;
}

/** Options of {@link ChartController.show}. */
export interface ShowOptions {
  isInstant?: boolean;
}

/**
 * Runs `draw` and ends at once the CSS transitions it starts inside `figure` (asking for them
 * applies the new styles now), so the state is drawn whole in this frame. Turning transitions
 * off with an attribute on the figure instead restyled every node of the chart twice, on and off
 * (about 1.5 ms each, 6 at 4x CPU, in every quick step: issue #24).
 */
export function drawInstantly(figure: HTMLElement, draw: () => void): void {
  draw();
  for (const animation of figure.getAnimations({ subtree: true })) {
    if ("transitionProperty" in animation) animation.finish();
  }
}

/**
 * The controller of a chart whose every state is one frame drawn onto the same nodes: `show`
 * draws the state's frame (instantly when asked), marks the figure with it and skips the state
 * already drawn; it throws for a state without a frame, so the engine falls back to the static
 * figures. For charts that hold no listeners, observers or timers of their own.
 */
export function frameController<Frame extends { stateId: string; announcement: string }>(
  figure: HTMLElement,
  frames: ReadonlyMap<string, Frame>,
  draw: (frame: Frame) => void,
): ChartController {
  let drawn = figure.dataset.state ?? "";
  return {
    show(stateId: string, options: ShowOptions = {}): void {
      const frame = frames.get(stateId);
      if (!frame) throw new Error(`The chart "${figure.dataset.chart}" has no frame for state "${stateId}".`);
      if (stateId === drawn) return;
      if (options.isInstant) drawInstantly(figure, () => draw(frame));
      else draw(frame);
      figure.dataset.state = stateId;
      drawn = stateId;
    },
    announcement: () => frames.get(drawn)?.announcement ?? "",
    stateIds: [...frames.keys()],
    destroy() {
      // Nothing to release: such a chart holds no listeners, observers or timers of its own.
    },
  };
}

/** Adopts the server-rendered chart inside `figure` once its frames are loaded, and returns its controller. */
export type AttachChart = (figure: HTMLElement) => Promise<ChartController>;

/**
 * Fetches and decodes the frames of the states the figure may show (the file named by its
 * `data-frames`, or its `variant` beside it, see pages/frames). Rejects when they are missing or unreadable: the scroll
 * engine then leaves the section on its static figures rather than draw a wrong picture.
 */
export async function loadFrames<Frame extends { stateId: string }>(
  figure: HTMLElement,
  variant?: string,
): Promise<Map<string, Frame>> {
  const named = figure.dataset.frames;
  if (!named) throw new Error(`The figure of chart "${figure.dataset.chart}" names no frames.`);
  // A chart with frame variants has a file per variant beside the name (pages/frames).
  const source = variant ? named.replace(/\.json$/, `.${variant}.json`) : named;
  const response = await fetch(source);
  if (!response.ok) throw new Error(`The frames of chart "${figure.dataset.chart}" did not load (${response.status}).`);
  const frames = decodeFrames<Frame>((await response.json()) as EncodedFrames);
  if (!frames.every((frame) => typeof frame?.stateId === "string")) {
    throw new Error(`The frames of chart "${figure.dataset.chart}" are not readable.`);
  }
  return new Map(frames.map((frame) => [frame.stateId, frame]));
}

/** Finds a required element by `data-role`, failing loudly when the markup and code drift apart. */
export function requireRole<E extends Element = HTMLElement>(root: ParentNode, role: string): E {
  const element = root.querySelector<E>(`[data-role="${role}"]`);
  if (!element) throw new Error(`Chart markup is missing [data-role="${role}"].`);
  return element;
}
