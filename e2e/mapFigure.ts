import { expect, type Locator, type Page } from "@playwright/test";
import { forEachEmbedState } from "./embedStates.ts";
import { test } from "./fixtures.ts";
import { textProblems } from "./textProblems.ts";

/**
 * Checks of a map figure as the reader's browser draws it, shared by the two map charts' tests:
 * the names where the layout put them, the type scale, the caption's reserved room.
 */

/**
 * Names not anchored where the layout put them (a page style that re-anchors a name moves it off
 * its city). A glyph's side bearing ("J" reaches left of its origin) allows a tenth of the size.
 */
export async function misplacedNames(figure: Locator): Promise<string[]> {
  return figure.locator(".map-labels text").evaluateAll((texts) =>
    (texts as SVGTextElement[])
      .filter((text) => text.dataset.visible === "true")
      .flatMap((text) => {
        const box = text.getBBox();
        const x = Number(text.getAttribute("x"));
        const anchor = text.getAttribute("text-anchor");
        const at = anchor === "start" ? box.x : anchor === "end" ? box.x + box.width : box.x + box.width / 2;
        const slack = Math.max(2, 0.12 * Number.parseFloat(getComputedStyle(text).fontSize));
        return Math.abs(at - x) > slack
          ? [`${text.textContent}: ${anchor} at ${Math.round(at)}, laid out at ${x}`]
          : [];
      }),
  );
}

/** The names' size as drawn (CSS px), the map's drawn width and the chart title's size. */
export async function nameSizes(
  figure: Locator,
): Promise<{ smallest: number; largest: number; mapWidth: number; title: number }> {
  return figure.evaluate((root) => {
    const svg = root.querySelector<SVGSVGElement>(".map-frame svg");
    const title = root.querySelector(".chart-title");
    if (!svg || !title) throw new Error("no map or title in the figure");
    const box = svg.getBoundingClientRect();
    const scale = Math.min(box.width / svg.viewBox.baseVal.width, box.height / svg.viewBox.baseVal.height);
    const sizes = [...svg.querySelectorAll<SVGTextElement>('.map-labels text[data-visible="true"]')].map(
      (text) => Number.parseFloat(getComputedStyle(text).fontSize) * scale,
    );
    return {
      smallest: Math.min(...sizes),
      largest: Math.max(...sizes),
      mapWidth: svg.viewBox.baseVal.width * scale,
      title: Number.parseFloat(getComputedStyle(title).fontSize),
    };
  });
}

/** The room the caption keeps beyond the lines its text takes (px): the white space above the legend. */
export async function captionSlack(figure: Locator): Promise<number> {
  return figure.locator('[data-role="caption"]').evaluate((caption) => {
    // The caption read (its unseen longer siblings only hold the room).
    const range = document.createRange();
    range.selectNodeContents(caption.querySelector(".chart-caption-text") ?? caption);
    const rects = [...range.getClientRects()];
    const top = Math.min(...rects.map((rect) => rect.top));
    const bottom = Math.max(...rects.map((rect) => rect.bottom));
    return caption.getBoundingClientRect().height - (bottom - top);
  });
}

/**
 * Every problem of a map embed's names in the state shown: overlapping or spilling (textProblems),
 * anchored off their layout place, outside the type scale (at least 11 px where the map is 340 px
 * wide or more, never above the chart title).
 */
export async function mapNameProblems(page: Page, state: string): Promise<string[]> {
  const figure = page.locator("figure[data-chart]");
  const sizes = await nameSizes(figure);
  const problems = [...(await textProblems(page, state, ".map-labels text")), ...(await misplacedNames(figure))];
  if (sizes.largest > sizes.title + 0.05)
    problems.push(`${state}: names at ${sizes.largest.toFixed(1)} px, over the title's ${sizes.title} px`);
  if (sizes.mapWidth >= 340 && sizes.smallest < 11) {
    problems.push(`${state}: names at ${sizes.smallest.toFixed(1)} px on a map ${Math.round(sizes.mapWidth)} px wide`);
  }
  return problems;
}

/** The widths a map's names are checked at: two phones and a desktop. */
const nameWidths = [360, 390, 1440];

/**
 * Registers, for `chart`'s embed, the test that every name sits where the layout put it (clear of
 * the others, inside the map, on the type scale) in every state at each of {@link nameWidths};
 * `alsoCheck` adds a map's own checks of the same drawn state.
 */
export function testNamesAtEveryWidth(chart: string, alsoCheck?: (page: Page, state: string) => Promise<void>): void {
  for (const width of nameWidths) {
    test(`every name sits where the layout put it, clear of the others, inside the map and on the type scale, at ${width} px`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: 900 });
      await forEachEmbedState(page, chart, async (state) => {
        expect(await mapNameProblems(page, state)).toEqual([]);
        await alsoCheck?.(page, state);
      });
    });
  }
}
