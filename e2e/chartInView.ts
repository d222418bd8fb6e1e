import type { Page } from "@playwright/test";

/**
 * What a reader sees of a section's chart at one scroll position: is its drawing (the live
 * figure's SVG) entirely on screen, and is nothing lying on top of it? Hit-tests a grid of
 * points over the drawing: each must land on the drawing itself.
 */
export interface ChartView {
  /** The drawing's box lies inside the viewport. */
  isOnScreen: boolean;
  /** Points of the grid where something else is on top (0 when uncovered). */
  coveredPoints: number;
  /** The topmost element at the first covered point, for the failure message. */
  coveredBy: string;
}

/** Grid points per side hit-tested over the drawing. */
const gridSize = 7;

/** Reads the view of the drawing of scrolly section `sectionIndex` now. */
export function chartView(page: Page, sectionIndex: number): Promise<ChartView> {
  return page.evaluate(
    ([index, grid]) => {
      const section = document.querySelectorAll<HTMLElement>("[data-scrolly]")[index];
      const drawing = section?.querySelector<SVGSVGElement>(".scrolly-graphic figure[data-chart] svg");
      if (!drawing) throw new Error(`section ${index} has no live drawing`);
      const box = drawing.getBoundingClientRect();
      const isOnScreen =
        box.top >= -0.5 && box.left >= -0.5 && box.bottom <= innerHeight + 0.5 && box.right <= innerWidth + 0.5;
      let coveredPoints = 0;
      let coveredBy = "";
      for (let row = 0; row < grid; row += 1) {
        for (let column = 0; column < grid; column += 1) {
          // Inset from the edges: a point on the border belongs to both neighbours.
          const x = box.left + 2 + ((box.width - 4) * column) / (grid - 1);
          const y = box.top + 2 + ((box.height - 4) * row) / (grid - 1);
          if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
          const top = document.elementFromPoint(x, y);
          if (top && (top === drawing || drawing.contains(top))) continue;
          coveredPoints += 1;
          if (!coveredBy && top) coveredBy = `${top.tagName.toLowerCase()}.${[...top.classList].join(".")}`;
        }
      }
      return { isOnScreen, coveredPoints, coveredBy };
    },
    [sectionIndex, gridSize] as const,
  );
}

/** The section's trigger line now, in px from the viewport's top (its CSS probe). */
export function triggerLine(page: Page, sectionIndex: number): Promise<number> {
  return page.evaluate((index) => {
    const section = document.querySelectorAll<HTMLElement>("[data-scrolly]")[index];
    const probe = section?.querySelector<HTMLElement>("[data-role=trigger-line]");
    if (!probe) throw new Error(`section ${index} has no trigger-line probe`);
    return probe.getBoundingClientRect().top;
  }, sectionIndex);
}

/**
 * The page scroll positions (window.scrollY) at which each step of a section is the one being
 * read: from its top reaching the trigger line to the next step's top reaching it (the last
 * step: to its own foot). Read at scroll position 0 with the trigger line's offset.
 */
export function stepRanges(page: Page, sectionIndex: number): Promise<{ id: string; from: number; to: number }[]> {
  return page.evaluate((index) => {
    const section = document.querySelectorAll<HTMLElement>("[data-scrolly]")[index];
    const probe = section?.querySelector<HTMLElement>("[data-role=trigger-line]");
    if (!section || !probe) throw new Error(`section ${index} has no trigger-line probe`);
    const trigger = probe.getBoundingClientRect().top;
    const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
    const topOf = (element: HTMLElement) => element.getBoundingClientRect().top + scrollY - trigger;
    return steps.map((step, stepIndex) => {
      const next = steps[stepIndex + 1];
      const to = next ? topOf(next) : step.getBoundingClientRect().bottom + scrollY - trigger;
      return { id: step.id, from: Math.ceil(topOf(step)), to: Math.floor(to) };
    });
  }, sectionIndex);
}
