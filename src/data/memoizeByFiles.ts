import { statSync } from "node:fs";

/**
 * Computes once per build, but again when one of `files` changes on disk: `npm run dev` then
 * shows edited CSV data on the next reload without recomputing on every page render.
 */
export function memoizeByFiles<T>(files: readonly string[], compute: () => T): () => T {
  let cached: { stamp: string; value: T } | undefined;
  return () => {
    const stamp = files.map((file) => statSync(file).mtimeMs).join(",");
    if (cached?.stamp !== stamp) cached = { stamp, value: compute() };
    return cached.value;
  };
}
