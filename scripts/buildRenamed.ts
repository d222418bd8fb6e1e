import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { renameEverything } from "../test/renameStory.ts";

/**
 * `npm run build:renamed-check`: the story as an editor may leave it, every step renamed (each
 * keeping its old id in `formerly`) and every file renumbered, built into dist-renamed/ from a
 * copy of content/. The browser tests (e2e/formerly.spec.ts) follow the old links on it.
 */
const root = mkdtempSync(path.join(tmpdir(), "astana-renamed-"));
const contentDir = path.join(root, "content");
cpSync(path.resolve("content"), contentDir, { recursive: true });
const renamed = renameEverything(contentDir);
const outDir = path.resolve("dist-renamed");
rmSync(outDir, { recursive: true, force: true });
const result = spawnSync(path.resolve("node_modules/.bin/astro"), ["build", "--outDir", outDir], {
  env: { ...process.env, CONTENT_DIR: contentDir, ASTRO_CACHE_DIR: path.join(root, "cache") },
  stdio: ["ignore", "ignore", "inherit"],
});
rmSync(root, { recursive: true, force: true });
if (result.status !== 0) process.exit(result.status ?? 1);
console.log(`dist-renamed/: the story with ${renamed.size} steps renamed and every file renumbered.`);
