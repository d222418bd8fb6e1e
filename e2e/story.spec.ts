import { expect, test } from "./fixtures.ts";
import { builtStory, sectionLocator } from "./story.ts";

test.describe("the story page", () => {
  test("has the headline, every section in order and the sources", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveCount(1);
    // One heading per section of the story, in the order the built page has them; sources last.
    const headings = await page.locator("main > section > h2").allTextContents();
    expect(headings.length).toBe(await page.locator("main > section").count());
    expect(headings.length).toBeGreaterThanOrEqual(3);
    expect(headings.at(-1)).toBe("Sources and method");
    await expect(page.locator("#section-sources li").first()).toBeVisible();
  });

  test("makes no request outside its own origin", async ({ page, baseURL }) => {
    const outside: string[] = [];
    page.on("request", (request) => {
      if (!request.url().startsWith(baseURL ?? "") && !request.url().startsWith("data:")) outside.push(request.url());
    });
    await page.goto("/");
    await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
    await page.waitForLoadState("networkidle");
    expect(outside).toEqual([]);
  });

  test("steps and figure are sticky-beside on desktop and overlaid on phones", async ({ page }) => {
    const section = builtStory()[0];
    const step = section?.steps[1];
    if (!section || !step) throw new Error("the story has no second step");
    await page.goto(`/#${step.id}`);
    const figure = sectionLocator(page, section).locator("figure[data-chart]");
    const card = page.locator(`[id="${step.id}"] .step-card`);
    let figureBox = await figure.boundingBox();
    let cardBox = await card.boundingBox();
    expect(figureBox && cardBox && cardBox.x + cardBox.width <= figureBox.x).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate((id) => document.getElementById(id)?.scrollIntoView(), step.id);
    await expect.poll(async () => (await figure.boundingBox())?.y ?? -100).toBeGreaterThanOrEqual(-1);
    figureBox = await figure.boundingBox();
    cardBox = await card.boundingBox();
    expect(figureBox && figureBox.y < 40).toBe(true);
    expect(figureBox && cardBox && cardBox.x < figureBox.x + figureBox.width).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe("citations", () => {
  test("every figure in the text carries its row and a note number listed in its step's source line", async ({
    page,
  }) => {
    await page.goto("/");
    const markers = await page.locator("sup.note-marker").evaluateAll((all) =>
      all.map((marker) => {
        const card = marker.closest(".step-card, .prose-section");
        const line = [...(card?.querySelectorAll(".source-line sup") ?? [])].map((sup) => sup.textContent?.trim());
        return { row: marker.getAttribute("data-row") ?? "", number: marker.textContent?.trim() ?? "", line };
      }),
    );
    expect(markers.length).toBeGreaterThan(10);
    for (const marker of markers) {
      expect(marker.row).toMatch(/^[a-z-]+\.csv:\d+$/);
      expect(marker.line).toContain(marker.number);
    }
  });

  test("the prose has no parenthetical citations and at most one link per paragraph on average", async ({ page }) => {
    await page.goto("/");
    const counts = await page.evaluate(() => {
      const paragraphs = [...document.querySelectorAll("main p, main li")].filter(
        (element) => !element.closest("#section-sources, .source-line, .chart-endmatter, figure, .scrolly-stepper"),
      );
      // Note markers link to their notes: citations, not links in the prose.
      const links = paragraphs.flatMap((element) =>
        [...element.querySelectorAll("a")].filter((a) => !a.closest(".note-marker")),
      );
      const parenthetical = paragraphs.filter((element) => /\(\s*<a /.test(element.innerHTML)).length;
      return { paragraphs: paragraphs.length, links: links.length, parenthetical };
    });
    expect(counts.parenthetical).toBe(0);
    expect(counts.links / counts.paragraphs).toBeLessThanOrEqual(1);
  });

  test("no figure with more than one decimal outside the data tables and the sources section", async ({ page }) => {
    await page.goto("/");
    const text = await page.evaluate(() => {
      const clone = document.querySelector("main")?.cloneNode(true) as HTMLElement;
      clone.querySelectorAll("#section-sources, table, textarea, script").forEach((element) => element.remove());
      return clone.textContent ?? "";
    });
    expect(text.match(/\d+\.\d{2,}/g) ?? []).toEqual([]);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the story unrolls: every step is visible and followed by a picture of its state", async ({ page }) => {
    await page.goto("/");
    const steps = page.locator("[data-step]");
    expect(await steps.count()).toBeGreaterThan(10);
    for (const step of await steps.all()) {
      await step.scrollIntoViewIfNeeded();
      await expect(step.locator(".step-card")).toBeVisible();
      expect((await step.locator(".step-card").innerText()).trim().length).toBeGreaterThan(40);
      const figure = step.locator("figure.step-static-figure");
      await expect(figure).toBeVisible();
      await expect(figure).toHaveAttribute("data-state", (await step.getAttribute("data-state")) ?? "");
      const image = figure.locator("img");
      await expect
        .poll(() => image.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
        .toBeGreaterThan(100);
      expect(((await image.boundingBox())?.height ?? 0) > 100).toBe(true);
    }
  });

  test("the live charts are hidden and no picture disagrees with its step", async ({ page }) => {
    await page.goto("/");
    for (const graphic of await page.locator(".scrolly-graphic").all()) await expect(graphic).toBeHidden();
    const mismatches = await page.locator("[data-step]").evaluateAll(
      (steps) =>
        steps.filter((step) => {
          const figure = step.querySelector<HTMLElement>("[data-static-chart]");
          return figure?.dataset.state !== (step as HTMLElement).dataset.state;
        }).length,
    );
    expect(mismatches).toBe(0);
  });
});

test.describe("print", () => {
  test("unrolls the story with one picture per step and nothing sticky", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto("/");
    for (const step of await page.locator("[data-step]").all()) {
      await expect(step.locator("figure.step-static-figure")).toBeVisible();
    }
    const stickyVisible = await page
      .locator(".scrolly-graphic")
      .evaluateAll((graphics) => graphics.some((graphic) => graphic.getBoundingClientRect().height > 2));
    expect(stickyVisible).toBe(false);
    const breakInside = await page
      .locator("figure.step-static-figure")
      .first()
      .evaluate((figure) => getComputedStyle(figure).breakInside);
    expect(breakInside).toBe("avoid");
  });
});
