import type { Plugin } from "vite";

/** One build-time change to Scrollama 3.2.0's browser entry (build/scrollama.js): what it finds, what it writes, why. */
interface ScrollamaFix {
  why: string;
  original: RegExp;
  patched: string;
}

/** The fixes, each strict: if the package changes, the build stops and says so, so the fix is checked again rather than silently lost. */
export const scrollamaFixes: readonly ScrollamaFix[] = [
  {
    // Its issue #132, open since 2022: when a step's height changes, and every step's does when
    // the window's width does, it creates a new ResizeObserver from inside a ResizeObserver
    // callback, which every browser reports as an uncaught "ResizeObserver loop completed with
    // undelivered notifications" error. Keep the step's ResizeObserver: rebuild its trigger-line
    // observer, and its progress observer too, which the original dropped for good (a step that
    // changed height, as every step does when the engine starts and hides its static figure, then
    // reported no more progress, and a scrubbing step froze; seen at 4x CPU in 3 page loads of 8).
    why: "resizeStep",
    original: /disconnectObserver\(step\);\s*updateStepObserver\(step\);\s*updateResizeObserver\(step\);/,
    patched:
      "step.observers.step.disconnect(); updateStepObserver(step); " +
      "if (isProgress) { step.observers.progress?.disconnect(); updateProgressObserver(step); }",
  },
  {
    // The progress observer is the only one created without the instance's root, so inside an
    // iframe it watched the top page's viewport, where a cross-origin frame's rootMargin is
    // ignored: give it the root the trigger-line observer has (createScrollController.ts passes
    // `root: document`).
    why: "updateProgressObserver",
    original: /const options = \{ rootMargin, threshold \};/,
    patched: "const options = { rootMargin, threshold, root: rootElement };",
  },
  {
    // Every setup adds a document scroll listener (never removed) that reads window.pageYOffset
    // on every scroll event, to know the scroll direction. Reading it forces the browser to
    // bring style and layout up to date there and then: while a chart animates, that is a
    // second style and layout pass in every frame, once per section. The direction is also
    // read where it is used, in the trigger-line observer's callback (intersectStep calls
    // onScroll first), so the listener only costs.
    why: "setupScroll",
    original: /document\.addEventListener\("scroll", \(\) => onScroll\(container\)\);/,
    patched: "/* no scroll listener: intersectStep reads the direction (src/scrolly/patchScrollama.ts) */",
  },
  {
    // An instance finds a step's place by the `data-scrollama-index` attribute it wrote on the
    // node, and every instance writes the same attribute. A scrubbing step is watched by two
    // (the section's, and the progress tracker of its scrubbing steps, createScrollController.ts),
    // so the one set up last renumbered it: the section's instance then took that step's events
    // and size for another step's (a section's first step, when its scrubbing step was not the
    // first), and misplaced that step's trigger line. Each instance finds a step in its own list.
    why: "getIndex",
    original: /let steps = \[\];/,
    patched:
      "let steps = []; /* each instance its own numbering (src/scrolly/patchScrollama.ts) */ " +
      "const getIndex = (node) => steps.findIndex((step) => step.node === node);",
  },
  {
    // Each observer watches one step, yet its callbacks read only the first entry of a batch. A
    // busy page (a slow phone, 4x CPU) gets a step's "out" and "in" in one batch: the instance
    // kept "out", its progress tracker then ignored the step's progress as that of a step not
    // entered, and a scrubbing step froze while the reader scrolled through it (2 page loads of 8
    // at 4x CPU). The last entry is the step's state now.
    why: "intersectStep",
    original: /function intersectStep\(\[entry\]\) \{/,
    patched: "function intersectStep(entries) { const entry = entries[entries.length - 1];",
  },
  {
    why: "intersectProgress",
    original: /function intersectProgress\(\[entry\]\) \{/,
    patched: "function intersectProgress(entries) { const entry = entries[entries.length - 1];",
  },
];

/** Applies {@link scrollamaFixes} to Scrollama's source, or throws naming the fix that no longer matches. */
export function patchScrollamaSource(code: string, id = "scrollama.js"): string {
  return scrollamaFixes.reduce((source, { why, original, patched }) => {
    if (!original.test(source)) {
      throw new Error(
        `${id}: Scrollama's ${why} changed; check src/scrolly/patchScrollama.ts against the new version.`,
      );
    }
    return source.replace(original, patched);
  }, code);
}

/**
 * Build-time fixes for Scrollama 3.2.0 ({@link scrollamaFixes}), kept here, beside the only
 * module that imports Scrollama.
 */
export function patchScrollama(): Plugin {
  return {
    name: "patch-scrollama",
    transform(code, id) {
      if (!/node_modules\/scrollama\/build\/scrollama\.js$/.test(id)) return undefined;
      return { code: patchScrollamaSource(code, id), map: null };
    },
  };
}
