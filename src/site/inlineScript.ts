import { createHash } from "node:crypto";

/**
 * A self-contained function as an inline script that calls it with `argumentsSource` (code,
 * written as it should run), and that script's hash for the page's Content-Security-Policy:
 * Astro hashes the scripts it bundles, not the ones a page writes itself. The function must
 * use nothing from outside its own body (no imports, no outer variables): only its text travels.
 */
export function inlineScript(
  run: (...parameters: never[]) => void,
  argumentsSource = "",
): { code: string; hash: `sha256-${string}` } {
  const code = `(${run.toString()})(${argumentsSource})`;
  return { code, hash: `sha256-${createHash("sha256").update(code).digest("base64")}` };
}
