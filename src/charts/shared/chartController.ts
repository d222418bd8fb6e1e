/** What the scroll engine and the embed stepper need from a chart in the browser. */
export interface ChartController {
  /** Draws the named state. Idempotent: showing the state already drawn changes nothing. */
  show(stateId: string): void;
  /** One or two sentences on the state drawn now, generated from the data, for screen readers. */
  announcement(): string;
  /** Every state id the chart can show, in order. */
  readonly stateIds: readonly string[];
  /** Removes every listener, observer and running transition. */
  destroy(): void;
}

/** Adopts the server-rendered chart inside `figure` and returns its controller. */
export type AttachChart = (figure: HTMLElement) => ChartController;

/** Reads the per-state frames the build serialised into the figure (see FramesScript.astro). */
export function readFrames<Frame extends { stateId: string }>(figure: HTMLElement): Map<string, Frame> {
  const script = figure.querySelector("script[data-frames]");
  if (!script?.textContent) throw new Error(`Chart figure "${figure.dataset.chart}" has no frames script.`);
  const frames = JSON.parse(script.textContent) as Frame[];
  return new Map(frames.map((frame) => [frame.stateId, frame]));
}

/** Finds a required element by `data-role`, failing loudly when the markup and code drift apart. */
export function requireRole<E extends Element = HTMLElement>(root: ParentNode, role: string): E {
  const element = root.querySelector<E>(`[data-role="${role}"]`);
  if (!element) throw new Error(`Chart markup is missing [data-role="${role}"].`);
  return element;
}
