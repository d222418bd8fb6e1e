import { accessSync, constants } from "node:fs";

/** The one command that installs every engine the suite drives (Debian). */
export const aptInstallCommand = "apt-get install -y firefox-esr webkit2gtk-driver xvfb";

/**
 * Returns the first executable among `candidates`, or throws naming what is missing and the
 * apt command that installs it: a missing engine fails the run, it is never skipped.
 */
export function requireBinary(what: string, candidates: (string | undefined)[]): string {
  for (const candidate of candidates) {
    if (!candidate) continue;
    try {
      accessSync(candidate, constants.X_OK);
      return candidate;
    } catch {
      // Try the next one.
    }
  }
  const looked = candidates.filter(Boolean).join(", ");
  throw new Error(`${what} not found (looked for ${looked}). Install the engines with: ${aptInstallCommand}`);
}
