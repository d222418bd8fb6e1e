import { mkdirSync } from "node:fs";
import path from "node:path";
import { withErrorLedger } from "./errorLedger.ts";
import type { EngineDriver, Scenario, Tab } from "./types.ts";

/** A scenario longer than this has hung: it fails, and the run goes on. */
const scenarioTimeoutMs = 180_000;

/** Outcome of one scenario in one engine. */
export interface ScenarioResult {
  engine: string;
  scenario: string;
  isPassed: boolean;
  seconds: number;
  /** Why it failed, page errors included. */
  failure?: string;
  screenshot?: string;
}

async function withTimeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took longer than ${ms / 1000} s`)), ms);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

const slug = (text: string) =>
  text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "");

async function photographFailure(tab: Tab, engine: string, scenario: string): Promise<string | undefined> {
  const file = path.resolve("test-results/engines/failures", `${engine}-${slug(scenario)}.png`);
  mkdirSync(path.dirname(file), { recursive: true });
  try {
    await withTimeout(tab.screenshot(file), 15_000, "failure screenshot");
    return file;
  } catch {
    return undefined;
  }
}

/**
 * Runs one scenario in a fresh tab of `driver`: it fails on a thrown assertion, a timeout or
 * any page error seen along the way. On failure the tab is photographed for the report.
 */
export async function runScenario(
  driver: EngineDriver,
  scenario: Scenario,
  origins: { site: string; host: string },
): Promise<ScenarioResult> {
  const started = Date.now();
  const result = (failure?: string, screenshot?: string): ScenarioResult => ({
    engine: driver.name,
    scenario: scenario.name,
    isPassed: failure === undefined,
    seconds: Math.round((Date.now() - started) / 100) / 10,
    ...(failure === undefined ? {} : { failure }),
    ...(screenshot === undefined ? {} : { screenshot }),
  });
  let tab: Tab | undefined;
  try {
    tab = await withTimeout(driver.open(scenario.profile, scenario.viewport), 60_000, "opening the browser");
    const ledger = withErrorLedger(tab);
    let failure: string | undefined;
    try {
      await withTimeout(scenario.run({ tab: ledger.tab, ...origins }), scenarioTimeoutMs, "the scenario");
    } catch (error) {
      failure = error instanceof Error ? error.message : String(error);
    }
    const errors = await withTimeout(ledger.errors(), 15_000, "reading page errors").catch((error: Error) => [
      `(could not read the page's errors: ${error.message})`,
    ]);
    if (errors.length > 0) failure = [failure, `page errors:\n  ${errors.join("\n  ")}`].filter(Boolean).join("\n");
    return failure === undefined ? result() : result(failure, await photographFailure(tab, driver.name, scenario.name));
  } catch (error) {
    return result(error instanceof Error ? error.message : String(error));
  } finally {
    await withTimeout(tab?.close() ?? Promise.resolve(), 20_000, "closing the tab").catch(() => undefined);
  }
}
