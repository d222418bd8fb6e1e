import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures.ts";
import { storyCharts } from "./story.ts";

const pages = ["/", ...storyCharts().flatMap((chart) => [`/embed/${chart}/`, `/embed/${chart}/scrolly/`])];

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`accessibility in ${colorScheme} mode`, () => {
    test.use({ colorScheme });

    for (const path of pages) {
      test(`${path} has no axe violations`, async ({ page }) => {
        await page.goto(path);
        // Open the disclosures so their tables are checked too.
        await page.locator("details").evaluateAll((all) => all.forEach((details) => details.setAttribute("open", "")));
        const results = await new AxeBuilder({ page }).analyze();
        const summary = results.violations.map((violation) => ({
          id: violation.id,
          nodes: violation.nodes.slice(0, 3).map((node) => node.target.join(" ")),
        }));
        expect(summary).toEqual([]);
      });
    }
  });
}
