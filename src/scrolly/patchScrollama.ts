import type { Plugin } from "vite";

/** The step-resize handler's body as Scrollama 3.2.0 ships it (build/scrollama.js, its browser entry). */
const original = /disconnectObserver\(step\);\s*updateStepObserver\(step\);\s*updateResizeObserver\(step\);/;

/** The same, keeping the step's ResizeObserver: only its trigger-line observer is rebuilt. */
const patched = "step.observers.step.disconnect(); updateStepObserver(step);";

/**
 * A build-time fix for Scrollama 3.2.0 (its issue #132, open since 2022): when a step's height
 * changes, and every step's does when the window's width does, it creates a new ResizeObserver
 * from inside a ResizeObserver callback, which every browser reports as an uncaught
 * "ResizeObserver loop completed with undelivered notifications" error. Kept here, beside the
 * only module that imports Scrollama, and strict: if the package changes, the build stops and
 * says so, so the fix is checked again rather than silently lost.
 */
export function patchScrollama(): Plugin {
  return {
    name: "patch-scrollama-resize-loop",
    transform(code, id) {
      if (!/node_modules\/scrollama\/build\/scrollama\.js$/.test(id)) return undefined;
      if (!original.test(code)) {
        throw new Error(
          `${id}: Scrollama's resizeStep changed; check src/scrolly/patchScrollama.ts against the new version.`,
        );
      }
      return { code: code.replace(original, patched), map: null };
    },
  };
}
