import { readFileSync } from "node:fs";
import path from "node:path";
import type { APIRoute, GetStaticPaths } from "astro";
import { chartCatalog } from "../../charts/chartCatalog.ts";
import { dataDir } from "../../data/dataFiles.ts";

/** The CSV behind each chart, served byte for byte as editors keep it (with its source columns). */
export const getStaticPaths = (() =>
  [...new Set(chartCatalog().map((entry) => entry.dataFile))].map((file) => ({
    params: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(path.join(dataDir, String(params.file)), "utf8"), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
