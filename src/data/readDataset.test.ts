import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { datasetNames, datasetSpecs } from "./datasets.ts";
import { datasetPath, readDataset } from "./readDataset.ts";

describe("the dataset registry", () => {
  it("names every dataset once, each with a file whose header is its column list", () => {
    expect(datasetNames).toEqual(Object.keys(datasetSpecs));
    for (const name of datasetNames) {
      const header = readFileSync(datasetPath(name), "utf8").split(/\r?\n/, 1)[0];
      expect(header, name).toBe(datasetSpecs[name].columns.join(","));
    }
  });
});

describe("readDataset", () => {
  it("reads every row of each real file, each with its own line", () => {
    for (const name of datasetNames) {
      const text = readFileSync(datasetPath(name), "utf8").replace(/\r?\n$/, "");
      const rows = readDataset(name);
      const lines = rows.map((row) => row.line);
      expect(rows.length, name).toBe(text.split(/\r?\n/).length - 1);
      expect(lines[0], name).toBe(2);
      expect(
        lines.every((line, index) => index === 0 || line > (lines[index - 1] ?? 0)),
        name,
      ).toBe(true);
    }
  });

  it("gives every trade row a source and a source URL", () => {
    const rows = readDataset("trade");
    expect(rows.length).toBeGreaterThan(600);
    for (const row of rows) {
      expect(row.source.length, `line ${row.line}`).toBeGreaterThan(0);
      expect(row.source_url, `line ${row.line}`).toMatch(/^https?:\/\//);
    }
  });

  it("reads an unchanged file once", () => {
    expect(readDataset("events")).toBe(readDataset("events"));
  });
});
