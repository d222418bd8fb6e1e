import path from "node:path";
import type { AstroIntegration } from "astro";
import { dataDir } from "../data/dataFiles.ts";
import { checkContent } from "./checkContent.ts";

/**
 * Checks the CSV data and the story before Astro builds or serves anything, so an editor's
 * mistake stops the build with our message (file, line, field, fix) rather than a later,
 * vaguer failure deep in rendering.
 */
export function contentChecks(): AstroIntegration {
  return {
    name: "content-checks",
    hooks: {
      "astro:config:setup": () => checkContent(),
      // The CSVs are read with fs, so Vite does not know pages depend on them: watch them and
      // reload the preview when one changes, so `npm run dev` shows edited data at once.
      "astro:server:setup": ({ server, logger }) => {
        server.watcher.add(path.join(dataDir, "*.csv"));
        server.watcher.on("change", (file) => {
          if (!file.startsWith(dataDir) || !file.endsWith(".csv")) return;
          logger.info(`${path.basename(file)} changed; reloading`);
          server.ws.send({ type: "full-reload" });
        });
      },
    },
  };
}
