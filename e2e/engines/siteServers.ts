import { existsSync } from "node:fs";
import type { Server } from "node:http";
import path from "node:path";
import { startCollectorProxy } from "./collectorProxy.ts";
import { freePort, startService, waitForHttp, type Service } from "./services.ts";

/** The servers a run needs, and how to stop them. */
export interface SiteServers {
  /** Origin the engines load the story from (the production build, behind the collector proxy). */
  site: string;
  /** Origin of the host pages that embed charts cross-origin (also behind the collector proxy). */
  host: string;
  stop(): Promise<void>;
}

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Serves the existing production build (`dist/`, never rebuilt here) with `astro preview`, the
 * cross-origin host page server of e2e/host, and a collector proxy in front of each, all on free
 * loopback ports. Throws (after stopping what did start) if any of them does not come up.
 */
export async function startSiteServers(): Promise<SiteServers> {
  if (!existsSync(path.join(root, "dist/index.html"))) {
    throw new Error("No production build in dist/: run `npm run build` first (the engine suite never rebuilds).");
  }
  const services: Service[] = [];
  const proxies: Server[] = [];
  const stop = async () => {
    for (const proxy of proxies) {
      proxy.closeAllConnections();
      proxy.close();
    }
    await Promise.all(services.map((service) => service.stop()));
  };
  try {
    const previewPort = await freePort();
    const preview = startService("astro preview", process.execPath, [
      path.join(root, "node_modules/astro/bin/astro.mjs"),
      "preview",
      // Alongside any preview already running for this project (`npm start`, Playwright's),
      // which Astro's lock file would otherwise make this one refuse.
      "--ignore-lock",
      "--root",
      root,
      "--host",
      "127.0.0.1",
      "--port",
      String(previewPort),
    ]);
    services.push(preview);
    await waitForHttp(preview, `http://127.0.0.1:${previewPort}/`);
    const site = await startCollectorProxy(`http://127.0.0.1:${previewPort}`);
    proxies.push(site.server);

    const hostPort = await freePort();
    const hostServer = startService("host page server", process.execPath, [
      path.join(root, "e2e/host/hostServer.ts"),
      String(hostPort),
      site.origin,
    ]);
    services.push(hostServer);
    await waitForHttp(hostServer, `http://127.0.0.1:${hostPort}/host.html`);
    const host = await startCollectorProxy(`http://127.0.0.1:${hostPort}`);
    proxies.push(host.server);
    return { site: site.origin, host: host.origin, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}
