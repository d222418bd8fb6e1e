import { spawn, spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";

/**
 * Every kind of editor mistake, made in a copy of the real content, must stop the content layer
 * (`npm run check-content`, which is `astro sync`, and so the build) with a message naming the
 * file, the line and the field.
 */
const projectRoot = process.cwd();
const astro = path.join(projectRoot, "node_modules/.bin/astro");

type Edit = { file: string; apply(text: string): string };

/** A copy of content/ with one edit, checked by the real content layer (`astro sync`) in that copy. */
function checkWith(edit: Edit): Promise<{ status: number | null; output: string }> {
  const root = mkdtempSync(path.join(tmpdir(), "astana-content-"));
  cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
  const target = path.join(root, edit.file);
  writeFileSync(target, edit.apply(readFileSync(target, "utf8")));
  const env = { ...process.env, CONTENT_DIR: path.join(root, "content"), ASTRO_CACHE_DIR: path.join(root, "cache") };
  return new Promise((resolve) => {
    const child = spawn(astro, ["sync"], { cwd: projectRoot, env });
    let output = "";
    child.stdout.on("data", (chunk) => (output += chunk));
    child.stderr.on("data", (chunk) => (output += chunk));
    child.on("close", (status) => resolve({ status, output }));
  });
}

const membership = "content/data/sco-membership.csv";
const trade = "content/data/central-asia-trade.csv";
/** Appends a line in the file's own line ending (the trade CSV uses CRLF). */
const appendLine = (line: string) => (text: string) => {
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  return `${text.replace(/\r?\n$/, "")}${eol}${line}${eol}`;
};
const lineCount = (file: string) =>
  readFileSync(path.join(projectRoot, file), "utf8")
    .replace(/\r?\n$/, "")
    .split(/\r?\n/).length;
const tradeRow = (fields: Partial<Record<string, string>>) => {
  const row = {
    year: "2025",
    partner: "CHN",
    reporter_iso3: "CA5",
    turnover: "100.5",
    source: "China GACC customs (partner-reported), via press",
    url: "https://example.org/gacc-2025",
    ...fields,
  };
  return `${row.year},${row.partner},${row.reporter_iso3},${row.turnover},,,"${row.source}",${row.url},note,`;
};

const cases: { name: string; edit: Edit; message: RegExp }[] = [
  {
    name: "a CSV row with an unknown ISO3 code",
    edit: { file: membership, apply: appendLine("XYZ,Nowhere,member,2026,,https://example.org/x,") },
    message: new RegExp(`sco-membership\\.csv:${lineCount(membership) + 1} field "iso3": is not a known ISO 3166-1`),
  },
  {
    name: "an unknown status",
    edit: { file: membership, apply: appendLine("LAO,Laos,partner,2026,,https://example.org/x,") },
    message: /sco-membership\.csv:\d+ field "status": must be one of shanghai-five, founding-member, member/,
  },
  {
    name: "a non-numeric value",
    edit: { file: trade, apply: appendLine(tradeRow({ turnover: "about 100" })) },
    message: new RegExp(`central-asia-trade\\.csv:${lineCount(trade) + 1} field "turnover_usd_bn": must be a number`),
  },
  {
    name: "a year out of range",
    edit: { file: trade, apply: appendLine(tradeRow({ year: "1890" })) },
    message: /central-asia-trade\.csv:\d+ field "year": must be between 1990 and 2030/,
  },
  {
    name: "a missing source",
    edit: { file: trade, apply: appendLine(tradeRow({ url: "" })) },
    message: /central-asia-trade\.csv:\d+ field "source_url": is missing: every row needs the URL of its source/,
  },
  {
    name: "a duplicated row",
    edit: {
      file: trade,
      apply: (text) => appendLine(text.split(/\r?\n/)[1] ?? "")(text),
    },
    message: /central-asia-trade\.csv:\d+ field "\w+": duplicates the row on line 2/,
  },
  {
    name: "an unknown chart in a section's frontmatter",
    edit: {
      file: "content/story/04-club.mdx",
      apply: (text) => text.replace("chart: sco-membership", "chart: sco-map"),
    },
    message: /04-club\.mdx:3 field "chart": "sco-map" is not a chart of this story/,
  },
  {
    name: "an unknown state id",
    edit: { file: "content/story/04-club.mdx", apply: (text) => text.replace('state="2017"', 'state="2018"') },
    message:
      /04-club\.mdx:\d+ field "state": "2018" is not a state of chart "sco-membership"; use one of: 1996, 2001/,
  },
  {
    name: "a duplicate step id",
    edit: { file: "content/story/04-club.mdx", apply: (text) => text.replace(/id="[a-z-]+"/, 'id="head-start"') },
    message: /04-club\.mdx:\d+ field "id": "head-start" is already used at \S*content\/story\/02-trade\.mdx:\d+/,
  },
  {
    name: "an empty step",
    edit: { file: "content/story/04-club.mdx", apply: appendLine('<Step id="later" state="2024">\n\n</Step>') },
    message: /04-club\.mdx:\d+ field "\(body\)": the step "later" has no text/,
  },
  {
    name: "a figure typed wrong ($31.5 billion for the row's 30.82)",
    edit: {
      file: "content/story/02-trade.mdx",
      apply: (text) =>
        text.replace(
          "[$30.8 billion](row:trade/2008/CHN/CA5/imf-chn)",
          "[$31.5 billion](row:trade/2008/CHN/CA5/imf-chn)",
        ),
    },
    message:
      /02-trade\.mdx:\d+ field "figure": "\$31\.5 billion" does not match central-asia-trade\.csv:\d+ \(turnover_usd_bn 30\.82\); write "\$30\.8 billion"/,
  },
  {
    name: "a figure without a citation",
    edit: { file: "content/story/05-ending.mdx", apply: appendLine("Trade reached $99.9 billion.") },
    message: /05-ending\.mdx:\d+ field "figure": "\$99\.9 billion" has no data citation/,
  },
  {
    name: "a citation of a row that does not exist",
    edit: { file: "content/story/05-ending.mdx", apply: appendLine("It was [$9.0 billion](row:trade/2031/CHN/CA5).") },
    message: /05-ending\.mdx:\d+ field "figure": no row of central-asia-trade\.csv matches "trade\/2031\/CHN\/CA5"/,
  },
  {
    name: "a step without its id",
    edit: { file: "content/story/04-club.mdx", apply: appendLine('<Step state="2024">\n\nText.\n\n</Step>') },
    message: /04-club\.mdx:\d+ field "id": the step has no id/,
  },
];

describe("content checks on bad input", () => {
  // Each check is a real `astro sync` (a few seconds), run one after another: syncs side by side
  // would race on the bundler's shared dependency cache.
  const results = new Map<string, { status: number | null; output: string }>();
  beforeAll(async () => {
    results.set("real", await checkWith({ file: membership, apply: (text) => text }));
    for (const { name, edit } of cases) results.set(name, await checkWith(edit));
  }, 300_000);

  it("pass on the real content", () => {
    const result = results.get("real");
    expect(result?.output).toContain("Synced content");
    expect(result?.status).toBe(0);
  });

  for (const { name, message } of cases) {
    it(`reject ${name} with file, line and field, and no stack trace`, () => {
      const result = results.get(name);
      expect(result?.status).not.toBe(0);
      expect(result?.output, result?.output).toMatch(message);
      expect(result?.output).not.toMatch(/^\s+at .*\(.*:\d+:\d+\)$/m);
    });
  }
});

describe("the build on bad input", () => {
  it("stops before rendering anything and says where the mistake is", { timeout: 120_000 }, () => {
    const root = mkdtempSync(path.join(tmpdir(), "astana-build-"));
    cpSync(path.join(projectRoot, "content"), path.join(root, "content"), { recursive: true });
    const file = path.join(root, membership);
    writeFileSync(file, appendLine("BLR,Belarus,member,2031,,https://example.org/x,")(readFileSync(file, "utf8")));
    const outDir = path.join(root, "dist");
    const result = spawnSync(astro, ["build", "--outDir", outDir], {
      cwd: projectRoot,
      env: { ...process.env, CONTENT_DIR: path.join(root, "content"), ASTRO_CACHE_DIR: path.join(root, "cache") },
      encoding: "utf8",
    });
    expect(result.status).not.toBe(0);
    expect(`${result.stdout}${result.stderr}`).toMatch(
      /sco-membership\.csv:\d+ field "year": must be between 1990 and 2030/,
    );
    expect(existsSync(path.join(outDir, "index.html"))).toBe(false);
  });
});
