import { gzipSync } from "node:zlib";
import type { Page, Response } from "@playwright/test";

/** Resource kinds the budgets and the benchmark report. */
export type ResourceKind = "js" | "css" | "html" | "font" | "image" | "data" | "other";

/** What one page load fetched, by kind: request count, raw and gzip bytes. */
export type PageWeight = Record<ResourceKind, { requests: number; raw: number; gzip: number }>;

function kindOf(response: Response): ResourceKind {
  const type = response.headers()["content-type"] ?? "";
  const url = response.url();
  if (type.includes("javascript") || /\.m?js(\?|$)/.test(url)) return "js";
  if (type.includes("css")) return "css";
  if (type.includes("html")) return "html";
  if (type.includes("font") || /\.(woff2?|ttf|otf)(\?|$)/.test(url)) return "font";
  if (type.startsWith("image/")) return "image";
  if (type.includes("json") || type.includes("csv")) return "data";
  return "other";
}

/** Loads `url` and weighs every response it fetched (gzip computed here, level 9 as hosts do). */
export async function weighPage(page: Page, url: string): Promise<{ weight: PageWeight; urls: string[] }> {
  const weight = Object.fromEntries(
    (["js", "css", "html", "font", "image", "data", "other"] as const).map((kind) => [
      kind,
      { requests: 0, raw: 0, gzip: 0 },
    ]),
  ) as PageWeight;
  const pending: Promise<void>[] = [];
  const urls: string[] = [];
  const onResponse = (response: Response) => {
    urls.push(response.url());
    pending.push(
      response
        .body()
        .then((body) => {
          const entry = weight[kindOf(response)];
          entry.requests += 1;
          entry.raw += body.length;
          entry.gzip += gzipSync(body, { level: 9 }).length;
        })
        .catch(() => undefined),
    );
  };
  page.on("response", onResponse);
  await page.goto(url, { waitUntil: "networkidle" });
  await Promise.all(pending);
  page.off("response", onResponse);
  return { weight, urls };
}
