import { chartStates } from "../charts/chartStates.ts";
import { DataError, type DataIssue } from "../data/DataError.ts";
import { loadEvents } from "../data/loadEvents.ts";
import { readStoryFiles } from "./readStoryFiles.ts";
import { validateStory } from "./validateStory.ts";

/** Runs `check` and returns its DataError issues instead of throwing them (other errors still throw). */
function issuesOf(check: () => unknown): readonly DataIssue[] {
  try {
    check();
    return [];
  } catch (error) {
    if (error instanceof DataError) return error.issues;
    throw error;
  }
}

/**
 * Validates everything an editor touches: every CSV file, then every story section against
 * the charts' states. Throws one DataError listing all problems, so one run shows them all.
 */
export function checkContent(): void {
  const dataIssues = [...issuesOf(loadEvents), ...issuesOf(chartStates)];
  if (dataIssues.length > 0) throw new DataError(dataIssues);
  validateStory(readStoryFiles(), chartStates());
}
