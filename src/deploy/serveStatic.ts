import { createServer, type Server } from "node:http";
import { existsSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".csv": "text/csv; charset=utf-8",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
};

/**
 * Serves a built site folder the way a static host does (gzip when asked, long cache for
 * hashed assets), so the benchmark measures what readers would download, optionally under a
 * sub-folder (`mount`) as a newsroom CDN would. Astro's own preview allows one instance per
 * project, which would clash with a running test server.
 */
export function serveStatic(root: string, port: number, mount = "/"): Promise<Server> {
  const server = createServer((request, response) => {
    const requested = decodeURIComponent(new URL(request.url ?? "/", "http://localhost").pathname);
    if (!requested.startsWith(mount)) return void response.writeHead(404).end("not found");
    const pathname = `/${requested.slice(mount.length)}`;
    let file = path.join(root, pathname);
    if (!file.startsWith(root)) return void response.writeHead(403).end();
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!existsSync(file)) return void response.writeHead(404).end("not found");
    let body = readFileSync(file);
    const headers: Record<string, string> = { "Content-Type": types[path.extname(file)] ?? "application/octet-stream" };
    headers["Cache-Control"] = pathname.startsWith("/_astro/") ? "public, max-age=31536000, immutable" : "no-cache";
    if (/\bgzip\b/.test(String(request.headers["accept-encoding"] ?? ""))) {
      body = gzipSync(body, { level: 9 });
      headers["Content-Encoding"] = "gzip";
    }
    response.writeHead(200, headers).end(body);
  });
  return new Promise((resolve) => server.listen(port, "127.0.0.1", () => resolve(server)));
}
