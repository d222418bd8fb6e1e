import { readFileSync } from "node:fs";
import { expect, test } from "./fixtures.ts";
import { sectionOf, wheelToStep } from "./story.ts";

test.describe("Embed this chart", () => {
  test("shows a snippet with the iframe and the parent script, and copies it", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/");
    const share = page.locator('[data-chart-share="sco-membership"]');
    await share.locator("summary").click();
    const snippet = await share.locator("textarea").inputValue();
    expect(snippet).toMatch(/<iframe src="https?:\/\/[^"]+\/embed\/sco-membership\/"[^>]*data-astana-embed/);
    expect(snippet).toMatch(/<script src="https?:\/\/[^"]+\/embed\.js" async><\/script>/);
    await share.locator("[data-action=copy-snippet]").click();
    await expect(share.locator("[data-role=copy-status]")).toHaveText("Copied.");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(snippet);
  });

  test("downloads the view on screen as a standalone SVG of the current state", async ({ page }) => {
    const step = sectionOf("sco-membership").steps.at(-1);
    if (!step) throw new Error("no map step");
    await page.goto("/");
    await wheelToStep(page, step.id);
    const section = page.locator('[data-scrolly="sco-membership"]');
    await expect(section.locator("figure[data-chart]")).toHaveAttribute("data-state", step.state);
    const caption = (await section.locator('[data-role="caption-text"]').textContent())?.trim() ?? "";
    const source = (await section.locator(".source-note").first().textContent())?.replace(/\s+/g, " ") ?? "";
    // Let the colour transitions finish: the file records what is on screen.
    await expect.poll(() => page.evaluate(() => document.getAnimations().length)).toBe(0);
    const downloadEvent = page.waitForEvent("download");
    // The step bar's button: on screen whatever step is being read, so it saves that step's view.
    await section.locator("[data-scrolly-stepper] [data-action=download-svg]").click();
    const download = await downloadEvent;
    expect(download.suggestedFilename()).toBe(`sco-membership-${step.state}.svg`);
    const svg = readFileSync((await download.path()) ?? "", "utf8");
    expect(svg).toMatch(/^<\?xml[^>]*>\n<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
    expect(svg).toContain(">How the Shanghai Cooperation Organization grew</text>");
    // The file's own words, line by line as wrapped: the caption above, the source line and the credit below.
    const words = [...svg.matchAll(/<text [^>]*>([^<]*)<\/text>/g)].map(([, text]) => text).join(" ");
    expect(words).toContain(caption.replace(/\s+/g, " "));
    expect(words).toContain(source.replace("All sources and caveats", "").trim().replace(/&/g, "&amp;"));
    expect(words).toMatch(/Sources, caveats and data: http/);
    // A margin: nothing written at the file's very edge.
    expect(svg).not.toMatch(/<text x="0"/);
    // Styles are inlined (the page's CSS does not travel): members are painted in the member colour.
    expect(svg).toMatch(
      /<use href="#eurasia-[A-Z]{3}" data-key="[A-Z]{3}" data-status="member"[^>]*style="fill: ?rgb\(29, 95, 154\)/,
    );
    // The outlines it draws travel with it.
    expect(svg).toMatch(/<defs><g id="eurasia-land"><path d="/);
    expect(svg).toMatch(/<path id="eurasia-[A-Z]{3}" d="/);
  });

  test("downloads the chart's data as CSV with its source columns", async ({ page, request }) => {
    await page.goto("/");
    const link = page.locator('[data-chart-share="central-asia-trade"] a[download]').first();
    const href = (await link.getAttribute("href")) ?? "";
    const response = await request.get(href);
    expect(response.ok()).toBe(true);
    const header = (await response.text()).split(/\r?\n/)[0] ?? "";
    expect(header).toContain("source");
    expect(header).toContain("source_url");
  });
});
