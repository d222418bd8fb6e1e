import { attachChart } from "../charts/attachChart.ts";
import { createScrollController, type ScrollController } from "./createScrollController.ts";

/**
 * Wires every `[data-scrolly]` section of the page: its figure follows its active step.
 * Returns a function that tears everything down (used by tests and page lifecycles).
 */
export function startScrollySections(root: ParentNode = document): () => void {
  const teardowns: (() => void)[] = [];
  for (const section of root.querySelectorAll<HTMLElement>("[data-scrolly]")) {
    const figure = section.querySelector<HTMLElement>("figure[data-chart]");
    const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
    if (!figure || steps.length === 0) continue;
    const chart = attachChart(figure);
    const controller: ScrollController = createScrollController({
      steps,
      onActivate(step) {
        for (const other of steps) other.toggleAttribute("data-active", other === step);
        chart.show(step.dataset.state ?? "");
      },
    });
    teardowns.push(() => {
      controller.destroy();
      chart.destroy();
    });
  }
  return () => teardowns.forEach((teardown) => teardown());
}
