import type { Page } from "@playwright/test";

/**
 * Texts of the figure's drawing that overlap one another or spill out of the drawing, measured
 * in the real engine (screen boxes), as "state: "name"" lines; empty when every text is clear.
 * `selector` picks the texts to check inside the drawing; hidden ones are left out.
 */
export async function textProblems(page: Page, state: string, selector = "text"): Promise<string[]> {
  const { boxes, svgBox } = await page.locator("figure[data-chart] svg").evaluate((svg, textSelector) => {
    const texts = [...svg.querySelectorAll<SVGTextElement>(textSelector)].filter(
      (text) => !text.closest('[data-visible="false"]') && text.textContent?.trim(),
    );
    return {
      boxes: texts.map((text) => ({
        name: text.textContent ?? "",
        box: text.getBoundingClientRect().toJSON() as DOMRect,
      })),
      svgBox: svg.getBoundingClientRect().toJSON() as DOMRect,
    };
  }, selector);
  const overlaps: string[] = [];
  boxes.forEach((a, i) =>
    boxes.slice(i + 1).forEach((b) => {
      const isOverlapping =
        a.box.left < b.box.right - 0.5 &&
        b.box.left < a.box.right - 0.5 &&
        a.box.top < b.box.bottom - 0.5 &&
        b.box.top < a.box.bottom - 0.5;
      if (isOverlapping) overlaps.push(`${state}: "${a.name}" / "${b.name}"`);
    }),
  );
  const clipped = boxes
    .filter(
      ({ box }) =>
        box.left < svgBox.left - 1 ||
        box.right > svgBox.right + 1 ||
        box.top < svgBox.top - 1 ||
        box.bottom > svgBox.bottom + 1,
    )
    .map(({ name }) => `${state}: "${name}" spills out of the drawing`);
  return [...overlaps, ...clipped];
}
