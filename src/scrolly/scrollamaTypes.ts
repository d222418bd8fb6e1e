/**
 * Our own typing of the small part of Scrollama 3 we use. Its bundled index.d.ts does not
 * match its code (it omits `parent`, `root` and `container`, and types `offset` as a short list
 * of decimals while the code also takes "123px"), so we type what the code really accepts.
 */
export interface ScrollamaSetup {
  step: HTMLElement[];
  /** Trigger line as a fraction of the viewport height, 0 to 1. */
  offset: number;
  /** Scrolling element when the story scrolls inside a container instead of the page. */
  root?: Element | Document | null;
  /** Also report progress through each step (onStepProgress). */
  progress?: boolean;
  /** With `progress`: report every this many pixels of scroll (Scrollama's default is 4). */
  threshold?: number;
}

/** A Scrollama instance, as far as we use it. */
export interface ScrollamaInstance {
  setup(options: ScrollamaSetup): ScrollamaInstance;
  onStepEnter(callback: () => void): ScrollamaInstance;
  onStepExit(callback: () => void): ScrollamaInstance;
  onStepProgress(callback: () => void): ScrollamaInstance;
  resize(): ScrollamaInstance;
  /** Moves the trigger line (a share of the viewport, 0 to 1) and re-measures. */
  offset(share: number): ScrollamaInstance;
  destroy(): void;
}

/** Rejects offsets Scrollama would silently clamp or replace with 0.5. */
export function validateOffset(offset: number): number {
  if (!Number.isFinite(offset) || offset < 0 || offset > 1) {
    throw new RangeError(
      `Scroll trigger offset must be a number from 0 to 1 (a share of the viewport); got ${offset}.`,
    );
  }
  return offset;
}
