import type { Page } from "@playwright/test";

/** A text's words and its box on screen, as read in the page. */
export interface TextBox {
  name: string;
  box: Pick<DOMRect, "left" | "right" | "top" | "bottom">;
}

/** The pairs of texts whose boxes overlap (by more than half a pixel), as `"a" / "b"`. */
export function overlappingTexts(boxes: readonly TextBox[]): string[] {
  return boxes.flatMap((a, index) =>
    boxes
      .slice(index + 1)
      .filter(
        (b) =>
          a.box.left < b.box.right - 0.5 &&
          b.box.left < a.box.right - 0.5 &&
          a.box.top < b.box.bottom - 0.5 &&
          b.box.top < a.box.bottom - 0.5,
      )
      .map((b) => `"${a.name}" / "${b.name}"`),
  );
}

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
  const overlaps = overlappingTexts(boxes).map((pair) => `${state}: ${pair}`);
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
