import { expect, test } from "@playwright/test";

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
    const figure = page.locator('[data-scrolly="sco-membership"] figure');
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

  test("the whole story and the chart are there", async ({ page }) => {
    await page.goto("/");
    const steps = page.locator("[data-step]");
    expect(await steps.count()).toBeGreaterThan(10);
    for (const step of await steps.all()) {
      await step.scrollIntoViewIfNeeded();
      await expect(step).toBeVisible();
      expect((await step.innerText()).trim().length).toBeGreaterThan(40);
    }
    const map = page.locator('[data-scrolly="sco-membership"] figure svg');
    await expect(map).toBeVisible();
    expect(await map.locator('[data-key][data-status="shanghai-five"]').count()).toBe(5);
    await expect(map.locator("desc")).toContainText("Shanghai Five");
  });
});
