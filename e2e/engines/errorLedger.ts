import { takeErrors } from "./errorCollector.ts";
import type { Tab } from "./types.ts";

/** A tab whose page errors are kept across navigations. */
export interface LedgerTab {
  tab: Tab;
  /** Every error seen in the tab so far, the current page's included. */
  errors(): Promise<string[]>;
}

/**
 * Wraps `tab` so that the errors collected in a page are read before it is left (a navigation
 * or reload would throw the page's list away), and can be checked once at the end of a scenario.
 */
export function withErrorLedger(tab: Tab): LedgerTab {
  const seen: string[] = [];
  const keep = async () => {
    seen.push(...(await takeErrors(tab)));
  };
  const wrapped: Tab = {
    ...tab,
    async goto(url) {
      await keep();
      await tab.goto(url);
    },
    async reload() {
      await keep();
      await tab.reload();
    },
  };
  return {
    tab: wrapped,
    async errors() {
      await keep();
      return seen.splice(0);
    },
  };
}
