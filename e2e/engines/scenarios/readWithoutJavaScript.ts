import type { ScenarioContext } from "../types.ts";
import { desktop, phone } from "../viewports.ts";

/** How one step looks with scripts off. */
interface UnrolledStep {
  id: string;
  state: string;
  isVisible: boolean;
  /** Its static figure, if any: state and visibility. */
  figure: { state: string; isVisible: boolean } | null;
}

/**
 * Page function: every step and the static figure it holds, and whether page scripts ran (the
 * collector every page gets from the proxy, a script like any other, leaves a global).
 */
function readUnrolledSteps(): { isScriptingOff: boolean; haveScriptsRun: boolean; steps: UnrolledStep[] } {
  const isVisible = (element: Element) => {
    const box = element.getBoundingClientRect();
    return box.width > 0 && box.height > 0 && getComputedStyle(element).visibility === "visible";
  };
  return {
    isScriptingOff: window.matchMedia("(scripting: none)").matches,
    haveScriptsRun: "__engineErrors" in window,
    steps: [...document.querySelectorAll<HTMLElement>("[data-step]")].map((step) => {
      const figure = step.querySelector<HTMLElement>("[data-static-chart]");
      return {
        id: step.id,
        state: step.dataset.state ?? "",
        isVisible: isVisible(step),
        figure: figure ? { state: figure.dataset.state ?? "", isVisible: isVisible(figure) } : null,
      };
    }),
  };
}

/**
 * With JavaScript off the story unrolls: at phone and desktop widths every step is visible and
 * holds a visible static figure of its own state.
 */
export async function readWithoutJavaScript({ tab, site }: ScenarioContext): Promise<void> {
  for (const viewport of [desktop, phone]) {
    await tab.setViewport(viewport);
    await tab.goto(`${site}/`);
    const { isScriptingOff, haveScriptsRun, steps } = await tab.evaluate(readUnrolledSteps);
    if (!isScriptingOff || haveScriptsRun) {
      throw new Error(
        `the engine did not turn scripts off: (scripting: none) ${isScriptingOff}, scripts ran ${haveScriptsRun}`,
      );
    }
    if (steps.length === 0) throw new Error("no [data-step] in the page");
    const wrong = steps.filter(
      (step) => !step.isVisible || !step.figure?.isVisible || step.figure.state !== step.state,
    );
    if (wrong.length > 0) {
      throw new Error(
        `at ${viewport.width}x${viewport.height} without JavaScript, ${wrong.length} of ${steps.length} steps ` +
          `lack a visible static figure of their state: ${JSON.stringify(wrong)}`,
      );
    }
  }
}
