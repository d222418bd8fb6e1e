import type { EngineDriver } from "../types.ts";
import { chromiumDriver } from "./chromium.ts";
import { firefoxDriver } from "./firefox.ts";
import { webkitDriver } from "./webkit.ts";

/** Every driver by engine name. Creating one checks that its binaries are installed. */
export const drivers: Record<string, () => EngineDriver> = {
  firefox: firefoxDriver,
  webkit: webkitDriver,
  chromium: chromiumDriver,
};

/** Engines `npm run test:engines` runs by default (Chromium has the Playwright suite). */
export const defaultEngines = ["firefox", "webkit"];

/**
 * Engines asked for with `--engine <name>` (repeatable, or comma-separated) or the `ENGINES`
 * environment variable; else {@link defaultEngines}. Unknown names are an error.
 */
export function chooseEngines(argv: string[], env: NodeJS.ProcessEnv): string[] {
  const asked = argv.flatMap((arg, index) =>
    arg === "--engine" ? [argv[index + 1] ?? ""] : arg.startsWith("--engine=") ? [arg.slice("--engine=".length)] : [],
  );
  const names = (asked.length > 0 ? asked : (env.ENGINES ?? "").split(","))
    .flatMap((name) => name.split(","))
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !(name in drivers));
  if (unknown.length > 0) {
    throw new Error(`unknown engine ${unknown.join(", ")}: choose from ${Object.keys(drivers).join(", ")}`);
  }
  return names.length > 0 ? [...new Set(names)] : defaultEngines;
}
