import { expect, test } from "./fixtures.ts";
import { storyCharts } from "./story.ts";

/** The PNG's width and height, from its IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test.describe("shared and found", () => {
  test("the story has its share card and structured data", async ({ page, request }) => {
    await page.goto("/");
    const meta = (name: string) =>
      page.locator(`meta[property="${name}"], meta[name="${name}"]`).getAttribute("content");
    expect(await meta("og:title")).toBe(await page.locator("h1").textContent());
    expect(await meta("og:description")).toBe((await page.locator(".dek").textContent())?.trim());
    expect(await meta("og:url")).toMatch(/^https?:\/\//);
    expect(await meta("og:type")).toBe("article");
    expect(await meta("article:published_time")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await meta("article:modified_time")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(await meta("twitter:card")).toBe("summary_large_image");
    const image = (await meta("og:image")) ?? "";
    const png = await request.get(new URL(new URL(image).pathname, page.url()).href);
    expect(png.ok()).toBe(true);
    expect(pngSize(await png.body())).toEqual({ width: 1200, height: 630 });
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? "{}") as {
      "@graph": { "@type": string; image?: string[]; distribution?: { contentUrl: string } }[];
    };
    const article = ld["@graph"].find((node) => node["@type"] === "NewsArticle");
    expect(article?.image).toContain(image);
    const datasets = ld["@graph"].filter((node) => node["@type"] === "Dataset");
    expect(datasets.length).toBeGreaterThan(0);
    for (const dataset of datasets) expect(dataset.distribution?.contentUrl).toMatch(/\.csv$/);
  });

  for (const chart of storyCharts()) {
    test(`/embed/${chart}/ has its card and an oEmbed whose html is the embed snippet`, async ({ page, request }) => {
      await page.goto("/");
      const share = page.locator(`[data-chart-share="${chart}"]`).first();
      const snippet = await share.locator("textarea").inputValue();
      await page.goto(`/embed/${chart}/`);
      expect(await page.locator('meta[property="og:image"]').getAttribute("content")).toMatch(
        new RegExp(`/share/${chart}\\.png$`),
      );
      const href = (await page.locator('link[type="application/json+oembed"]').getAttribute("href")) ?? "";
      const oembed = (await (await request.get(new URL(new URL(href).pathname, page.url()).href)).json()) as Record<
        string,
        unknown
      >;
      expect(oembed).toMatchObject({ version: "1.0", type: "rich", html: snippet });
      expect(oembed.thumbnail_url).toMatch(new RegExp(`/share/${chart}\\.png$`));
      const thumbnail = await request.get(new URL(new URL(String(oembed.thumbnail_url)).pathname, page.url()).href);
      expect(pngSize(await thumbnail.body())).toEqual({ width: 1200, height: 630 });
    });
  }

  test("the PNG download is the view on screen at twice its size", async ({ page }) => {
    await page.goto("/");
    const share = page.locator("[data-chart-share]").first();
    const section = page.locator("[data-scrolly]").first();
    await share.scrollIntoViewIfNeeded();
    const chart = await section.getAttribute("data-scrolly");
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      share.locator("[data-action=download-svg]").click(),
    ]);
    const svg = (await import("node:fs")).readFileSync((await svgDownload.path()) ?? "", "utf8");
    const [width = 0, height = 0] = (/viewBox="0 0 ([\d.]+) ([\d.]+)"/.exec(svg) ?? []).slice(1).map(Number);
    // The state is read as the button is pressed, in one task: the scroll above may still move the
    // chart onto another step, and the file must be named after the state drawn when it is asked for.
    const [pngDownload, state] = await Promise.all([
      page.waitForEvent("download"),
      page.evaluate(() => {
        const drawn = document.querySelector("[data-scrolly] figure[data-chart]")?.getAttribute("data-state");
        document.querySelector<HTMLElement>("[data-chart-share] [data-action=download-png]")?.click();
        return drawn;
      }),
    ]);
    expect(pngDownload.suggestedFilename()).toBe(`${chart}-${state}.png`);
    const png = (await import("node:fs")).readFileSync((await pngDownload.path()) ?? "");
    expect(pngSize(png)).toEqual({ width: Math.round(width) * 2, height: Math.round(height) * 2 });
  });

  test("a sitemap lists the story and the embeds, not the editors' pages", async ({ request }) => {
    const xml = await (await request.get("/sitemap.xml")).text();
    expect(xml).toContain("<loc>");
    for (const chart of storyCharts()) expect(xml).toContain(`/embed/${chart}/</loc>`);
    expect(xml).not.toMatch(/storyboard|embed-preview/);
    expect(await (await request.get("/robots.txt")).text()).toMatch(/Sitemap: https?:\/\/\S+sitemap\.xml/);
  });

  test("the editors' pages are not indexed", async ({ page }) => {
    for (const path of ["/storyboard/", "/embed-preview/"]) {
      await page.goto(path);
      await expect(page.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex");
    }
  });
});
