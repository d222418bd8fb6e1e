import { createServer, request, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { collectorPath, collectorScript } from "./errorCollector.ts";

/** Where the collector's script tag goes: right after the CSP meta tag (so the policy covers it), else after `<head>`. */
function injectCollector(html: string): string {
  const tag = `<script src="${collectorPath}"></script>`;
  const csp = /<meta http-equiv="content-security-policy"[^>]*>/i.exec(html);
  if (csp) return html.slice(0, csp.index + csp[0].length) + tag + html.slice(csp.index + csp[0].length);
  return html.replace(/<head[^>]*>/i, (head) => head + tag);
}

/**
 * A loopback reverse proxy in front of `upstream` that adds the error collector to every HTML
 * page, as the first script to run. Engines driven over classic WebDriver (WebKitGTK) cannot
 * install a script before the page's own, and the collector must see errors thrown while the
 * page loads. The page is otherwise served byte for byte; the collector is a same-origin
 * script, which the site's Content-Security-Policy (`script-src 'self'`) allows.
 * Resolves with the proxy's origin once it listens.
 */
export async function startCollectorProxy(upstream: string): Promise<{ origin: string; server: Server }> {
  const target = new URL(upstream);
  const server = createServer((incoming, outgoing) => {
    if (incoming.url === collectorPath) {
      outgoing.writeHead(200, { "Content-Type": "text/javascript; charset=utf-8", "Cache-Control": "no-store" });
      return void outgoing.end(collectorScript);
    }
    // Identity encoding, so HTML can be edited as text; no revalidation, so HTML always comes whole.
    const { "if-none-match": _tag, "if-modified-since": _since, ...asked } = incoming.headers;
    const headers = { ...asked, host: target.host, "accept-encoding": "identity" };
    const forward = request(
      { host: target.hostname, port: target.port, path: incoming.url, method: incoming.method, headers },
      (response) => {
        const isHtml = String(response.headers["content-type"] ?? "").startsWith("text/html");
        if (!isHtml || incoming.method === "HEAD" || response.statusCode === 304) {
          outgoing.writeHead(response.statusCode ?? 502, response.headers);
          return void response.pipe(outgoing);
        }
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("end", () => {
          const body = injectCollector(Buffer.concat(chunks).toString("utf8"));
          const { etag: _etag, "content-length": _length, ...rest } = response.headers;
          outgoing.writeHead(response.statusCode ?? 200, { ...rest, "content-length": Buffer.byteLength(body) });
          outgoing.end(body);
        });
      },
    );
    forward.on("error", (error) => {
      outgoing.writeHead(502, { "Content-Type": "text/plain" });
      outgoing.end(`engines proxy: ${upstream} did not answer: ${error.message}`);
    });
    incoming.pipe(forward);
  });
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, "127.0.0.1", resolve);
  });
  const { port } = server.address() as AddressInfo;
  return { origin: `http://127.0.0.1:${port}`, server };
}
