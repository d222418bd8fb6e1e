import { forEachEmbedState } from "./embedStates.ts";
import { expect, test } from "./fixtures.ts";
import { storyCharts } from "./story.ts";
import { overlappingTexts } from "./textProblems.ts";

/**
 * While a chart moves from one state to the next (the embed's Next button, animated), no two
 * texts the reader can see overlap in any frame: a leaving name fades before an arriving one
 * shows, and on the trade chart names that would slide through one another fade in at their
 * place instead (drawScene.ts, trade-marks.css, map-label-marks.css). Seen before: a new "2010"
 * tick over a sliding "2005", the EU's name over China's as China's line passed it, a marker
 * note turning across China's name, the maps' names blended in a crossfade.
 */
for (const chart of storyCharts()) {
  for (const width of [390, 1440]) {
    test(`${chart}: no two visible texts overlap in any frame of a change of state, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await forEachEmbedState(page, chart, async (state) => {
        const next = page.locator('[data-action="next"]');
        if (await next.isDisabled()) return;
        // Every frame's visible texts, read in the page; compared here, by the rule textProblems uses.
        const frames = await page.locator("figure[data-chart] svg").evaluate(async (svg) => {
          const opacity = (element: Element | null): number =>
            element && element !== svg ? Number(getComputedStyle(element).opacity) * opacity(element.parentElement) : 1;
          const read = () =>
            [...svg.querySelectorAll("text")]
              .filter((text) => text.textContent?.trim() && opacity(text) > 0.05)
              .map((text) => ({ name: text.textContent ?? "", box: text.getBoundingClientRect().toJSON() as DOMRect }));
          const seen = [];
          document.querySelector<HTMLButtonElement>('[data-action="next"]')?.click();
          const start = performance.now();
          while (performance.now() - start < 900) {
            await new Promise((resolve) => requestAnimationFrame(resolve));
            seen.push(read());
          }
          return seen;
        });
        const overlaps = [...new Set(frames.flatMap(overlappingTexts))];
        expect(overlaps, `after ${state}`).toEqual([]);
      });
    });
  }
}
