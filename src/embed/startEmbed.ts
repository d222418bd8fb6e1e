import { attachChart } from "../charts/browserRegistry.ts";
import { createStateStepper } from "./createStateStepper.ts";
import { showFallback } from "./embedFallback.ts";
import { reportHeight } from "./reportHeight.ts";

/**
 * Boots an embed page: adopts its chart, opens the state named by `?state=` (else the summary
 * state drawn in the HTML), wires the stepper and reports the page height to the host. If the
 * chart cannot start or draw a state, the page keeps (or shows) that state's static picture.
 */
export async function startEmbed(): Promise<void> {
  const main = document.querySelector<HTMLElement>("[data-embed]");
  const figure = main?.querySelector<HTMLElement>("figure[data-chart]");
  const stepper = main?.querySelector<HTMLElement>("[data-stepper]");
  if (!main || !figure || !stepper) return;
  reportHeight(figure.dataset.chart ?? "");
  const requested = new URLSearchParams(window.location.search).get("state");
  const fail = (stateId: string, error: unknown) => {
    main.dataset.engine = "failed";
    showFallback(main, stateId);
    console.error(`The chart could not draw "${stateId}"; showing its static picture.`, error);
  };
  try {
    const chart = await attachChart(figure);
    const select = stepper.querySelector<HTMLSelectElement>("select[data-role=state-select]");
    if (select && requested && chart.stateIds.includes(requested)) select.value = requested;
    createStateStepper({
      root: stepper,
      chart,
      onChange(stateId) {
        main.dataset.engine = "running";
        const url = new URL(window.location.href);
        url.searchParams.set("state", stateId);
        // replaceState: stepping through states should not fill the host's history.
        window.history.replaceState(null, "", url);
      },
      onError: fail,
    });
  } catch (error) {
    fail(requested ?? figure.dataset.state ?? "", error);
  }
}
