import type { Page } from "@playwright/test";

/**
 * For every scrolly section on screen: the state of the step under the trigger line, and the
 * state of the picture a reader sees in the chart's place (the topmost figure, live or static,
 * at the top of the chart area). Read in one go, so both describe the same moment.
 */
export async function picturesInView(page: Page): Promise<{ step: string; picture: string }[]> {
  return page.evaluate(() => {
    return [...document.querySelectorAll<HTMLElement>("[data-scrolly]")].flatMap((section) => {
      const trigger = section.querySelector("[data-role=trigger-line]")?.getBoundingClientRect().top ?? NaN;
      const box = section.getBoundingClientRect();
      if (box.top > trigger || box.bottom < trigger) return [];
      const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
      const step = steps.filter((candidate) => candidate.getBoundingClientRect().top <= trigger).at(-1) ?? steps[0];
      const graphic = section.querySelector(".scrolly-graphic")?.getBoundingClientRect();
      const x = graphic && graphic.width > 0 ? graphic.left + graphic.width / 2 : window.innerWidth / 2;
      // The top of the chart's area: where the sticky chart (or a step's pinned picture) starts.
      const y = Math.max(graphic?.top ?? 0, 0) + 4;
      // The live chart is centred in its sticky column: the column stands for it.
      const figures = document
        .elementsFromPoint(x, y)
        .map(
          (element) =>
            element.closest<HTMLElement>("[data-static-chart], figure[data-chart]") ??
            element.closest(".scrolly-graphic")?.querySelector<HTMLElement>("figure[data-chart]") ??
            null,
        )
        .filter(
          (figure): figure is HTMLElement => figure !== null && getComputedStyle(figure).visibility === "visible",
        );
      return [{ step: step?.dataset.state ?? "", picture: figures[0]?.dataset.state ?? "(none)" }];
    });
  });
}
