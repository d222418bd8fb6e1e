import type { APIRoute, GetStaticPaths } from "astro";
import { readFileSync } from "node:fs";
import path from "node:path";
import { charts } from "../../charts/registry.ts";
import { dataDir } from "../../data/contentPaths.ts";
import { datasetSpecs } from "../../data/datasets.ts";

/** The CSV behind each chart, served byte for byte as editors keep it (with its source columns). */
export const getStaticPaths = (() =>
  [...new Set(Object.values(charts).map((chart) => datasetSpecs[chart.dataset].file))].map((file) => ({
    params: { file },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(readFileSync(path.join(dataDir, String(params.file)), "utf8"), {
    headers: { "Content-Type": "text/csv; charset=utf-8" },
  });
