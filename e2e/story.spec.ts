import { expect, test } from "./fixtures.ts";

test.describe("the story page", () => {
  test("has the headline, every section in order and the sources", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("h1")).toHaveCount(1);
    const headings = await page.locator("main h2").allTextContents();
    expect(headings.length).toBeGreaterThanOrEqual(8);
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
    await page.goto("/#india-pakistan");
    const figure = page.locator('[data-scrolly="sco-membership"] figure[data-chart]');
    const step = page.locator("#india-pakistan .step-card");
    let figureBox = await figure.boundingBox();
    let stepBox = await step.boundingBox();
    expect(figureBox && stepBox && stepBox.x + stepBox.width <= figureBox.x).toBe(true);

    await page.setViewportSize({ width: 390, height: 844 });
    await page.evaluate(() => document.getElementById("india-pakistan")?.scrollIntoView());
    await page.waitForTimeout(200);
    figureBox = await figure.boundingBox();
    stepBox = await step.boundingBox();
    expect(figureBox && figureBox.y >= -1 && figureBox.y < 40).toBe(true);
    expect(figureBox && stepBox && stepBox.x < figureBox.x + figureBox.width).toBe(true);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the story unrolls: every step is visible and followed by a figure of its state", async ({ page }) => {
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
      const box = await figure.locator("svg:visible").first().boundingBox();
      expect(box && box.height > 100).toBe(true);
    }
  });

  test("each static map shows its year's members", async ({ page }) => {
    await page.goto("/");
    const membersAt = async (state: string) =>
      page
        .locator(
          `[data-scrolly="sco-membership"] figure.step-static-figure[data-state="${state}"] svg [data-status="member"]`,
        )
        .count();
    expect(await membersAt("2001")).toBe(6);
    expect(await membersAt("2017")).toBe(8);
    expect(await membersAt("2023")).toBe(9);
    expect(await membersAt("2024")).toBe(10);
  });
});

test.describe("print", () => {
  test("unrolls the story with one figure per step and nothing sticky", async ({ page }) => {
    await page.emulateMedia({ media: "print" });
    await page.goto("/");
    const steps = await page.locator("[data-step]").all();
    for (const step of steps) {
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
