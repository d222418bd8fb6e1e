import type { Tab } from "./types.ts";

/** Global the collector fills in each page. */
const errorsGlobal = "__engineErrors";

/**
 * Page function, run before any of the page's own scripts (see collectorProxy.ts): records
 * uncaught errors, unhandled rejections, resources that failed to load, Content-Security-Policy
 * violations and `console.error` calls into `window.__engineErrors`. Engines report these
 * differently or (WebKit over classic WebDriver) not at all, so the page keeps its own list.
 */
export function installErrorCollector(globalName: string): void {
  const host = window as unknown as Record<string, string[] | undefined>;
  if (host[globalName]) return;
  const errors: string[] = [];
  host[globalName] = errors;
  const where = () => window.location.pathname;
  window.addEventListener(
    "error",
    (event: Event) => {
      if (event instanceof ErrorEvent) {
        errors.push(`${where()}: uncaught ${event.message} (${event.filename}:${event.lineno})`);
        return;
      }
      const target = event.target as (Element & { src?: string; href?: string }) | null;
      errors.push(`${where()}: failed to load ${target?.src || target?.href || target?.tagName || "a resource"}`);
    },
    true,
  );
  window.addEventListener("unhandledrejection", (event) => {
    const reason = event.reason as { message?: string } | undefined;
    errors.push(`${where()}: unhandled rejection ${reason?.message ?? String(event.reason)}`);
  });
  document.addEventListener("securitypolicyviolation", (event) => {
    errors.push(`${where()}: CSP violation of ${event.violatedDirective} by ${event.blockedURI || "inline code"}`);
  });
  const consoleError = console.error.bind(console);
  console.error = (...args: unknown[]) => {
    errors.push(`${where()}: console.error ${args.map(String).join(" ")}`);
    consoleError(...args);
  };
}

/** The collector as a classic script (served by the proxy at {@link collectorPath}). */
export const collectorScript = `(${installErrorCollector.toString()})(${JSON.stringify(errorsGlobal)});\n`;

/** Path the proxy serves the collector at, on the site's own origin (so the page's CSP allows it). */
export const collectorPath = "/__engines/error-collector.js";

/** Page function: returns and empties the collected errors (null: no collector in this page, e.g. JavaScript off). */
export function drainPageErrors(globalName: string): string[] | null {
  const errors = (window as unknown as Record<string, string[] | undefined>)[globalName];
  return errors ? errors.splice(0) : null;
}

/** Every error the page and the driver saw since the last call, in the top page. */
export async function takeErrors(tab: Tab): Promise<string[]> {
  const fromPage = (await tab.evaluate(drainPageErrors, errorsGlobal)) ?? [];
  return [...fromPage, ...tab.takeDriverErrors()];
}

/** Every error collected inside the iframe matched by `frameSelector`. */
export async function takeFrameErrors(tab: Tab, frameSelector: string): Promise<string[]> {
  return (await tab.evaluateInFrame(frameSelector, drainPageErrors, errorsGlobal)) ?? [];
}
