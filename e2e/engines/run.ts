/**
 * `npm run test:engines`: the reader scenarios (scenarios.ts) in Firefox and WebKit, against the
 * production build in dist/ (run `npm run build` first; this never rebuilds). Starts and stops
 * its own servers on free ports.
 *
 *   npm run test:engines                        # Firefox, then WebKit
 *   npm run test:engines -- --engine firefox    # one engine (or ENGINES=webkit); chromium also works
 *   npm run test:engines -- --scenario deep     # scenarios whose name contains "deep"
 *
 * Writes test-results/engines/results.json; failure screenshots go to test-results/engines/failures/.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chooseEngines, drivers } from "./drivers/index.ts";
import { runScenario, type ScenarioResult } from "./runScenario.ts";
import { scenarios } from "./scenarios.ts";
import { startSiteServers } from "./siteServers.ts";

const argv = process.argv.slice(2);
const engines = chooseEngines(argv, process.env);
const filter = argv[argv.indexOf("--scenario") + 1];
const chosen = argv.includes("--scenario") && filter ? scenarios.filter((s) => s.name.includes(filter)) : scenarios;
if (chosen.length === 0) throw new Error(`no scenario name contains "${filter}"`);

const results: ScenarioResult[] = [];
const versions: Record<string, string> = {};
const runStarted = Date.now();
const servers = await startSiteServers();
console.log(`Engines: ${engines.join(", ")} · site ${servers.site} · host ${servers.host}`);
try {
  for (const engine of engines) {
    const engineStarted = Date.now();
    let driver;
    try {
      driver = drivers[engine]?.();
    } catch (error) {
      // A missing browser fails the run loudly: it is never a skip.
      const failure = error instanceof Error ? error.message : String(error);
      results.push({ engine, scenario: "(engine start)", isPassed: false, seconds: 0, failure });
      console.log(`✗ ${engine}: ${failure}`);
      continue;
    }
    if (!driver) continue;
    try {
      for (const scenario of chosen) {
        const result = await runScenario(driver, scenario, servers);
        results.push(result);
        const mark = result.isPassed ? "✓" : "✗";
        console.log(`${mark} ${driver.version() || engine} › ${scenario.name} (${result.seconds} s)`);
        if (result.failure) console.log(`    ${result.failure.replaceAll("\n", "\n    ")}`);
        if (result.screenshot) console.log(`    screenshot: ${result.screenshot}`);
      }
    } finally {
      versions[engine] = driver.version();
      await driver.dispose();
    }
    console.log(`  ${engine}: ${((Date.now() - engineStarted) / 1000).toFixed(1)} s`);
  }
} finally {
  await servers.stop();
}

const failed = results.filter((result) => !result.isPassed);
const seconds = ((Date.now() - runStarted) / 1000).toFixed(1);
const file = path.resolve("test-results/engines/results.json");
mkdirSync(path.dirname(file), { recursive: true });
writeFileSync(file, JSON.stringify({ versions, seconds: Number(seconds), results }, null, 2));
console.log(`\n${results.length - failed.length} passed, ${failed.length} failed in ${seconds} s (${file})`);
for (const result of failed) console.log(`  ✗ ${result.engine} › ${result.scenario}`);
process.exitCode = failed.length > 0 ? 1 : 0;
