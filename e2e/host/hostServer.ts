/**
 * A second local origin for the embed tests: serves host pages that embed the site's charts
 * the way a newsroom's page would, plus a "forger" page that posts fake resize messages.
 * Run: node e2e/host/hostServer.ts <port> <site-origin>
 */
import { createServer } from "node:http";

const port = Number(process.argv[2] ?? 4322);
const site = process.argv[3] ?? "http://127.0.0.1:4321";

function hostPage(chart: string, width: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Host page</title></head>
<body style="margin:0;font-family:sans-serif">
<p>A host page on another origin.</p>
<div style="width:${width}px">
<iframe id="embed" src="${site}/embed/${chart}/" title="Chart" data-astana-embed loading="lazy"
  style="width:100%;height:760px;border:0"></iframe>
</div>
<iframe id="forger" src="/forger.html" title="Forger" style="width:10px;height:10px;border:0"></iframe>
<script src="${site}/embed.js" async></script>
</body></html>`;
}

const forgerPage = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Forger</title></head><body>
<script>
  window.forge = function (height) {
    parent.postMessage({ type: "astana-embed:height", chart: "x", height: height }, "*");
    parent.postMessage({ sentinel: "amp", type: "embed-size", height: height }, "*");
  };
</script></body></html>`;

createServer((request, response) => {
  const url = new URL(request.url ?? "/", `http://127.0.0.1:${port}`);
  // Browsers ask every origin for an icon; answer so the tests' console stays clean.
  if (url.pathname === "/favicon.ico") return void response.writeHead(204).end();
  const html =
    url.pathname === "/forger.html"
      ? forgerPage
      : url.pathname === "/host.html"
        ? hostPage(url.searchParams.get("chart") ?? "sco-membership", url.searchParams.get("width") ?? "600")
        : null;
  response.writeHead(html ? 200 : 404, { "Content-Type": "text/html; charset=utf-8" });
  response.end(html ?? "not found");
}).listen(port, "127.0.0.1");
