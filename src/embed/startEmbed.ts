import { attachChart } from "../charts/attachChart.ts";
import { createStateStepper } from "./createStateStepper.ts";
import { reportHeight } from "./reportHeight.ts";

/**
 * Boots an embed page: adopts its chart, opens the state named by `?state=` (else the
 * summary state drawn in the HTML), wires the stepper and reports the page height to the host.
 */
export function startEmbed(): void {
  const figure = document.querySelector<HTMLElement>("figure[data-chart]");
  const stepper = document.querySelector<HTMLElement>("[data-stepper]");
  if (!figure || !stepper) return;
  const chart = attachChart(figure);
  const requested = new URLSearchParams(window.location.search).get("state");
  const select = stepper.querySelector<HTMLSelectElement>("select[data-role=state-select]");
  if (select && requested && chart.stateIds.includes(requested)) select.value = requested;
  createStateStepper({
    root: stepper,
    chart,
    onChange(stateId) {
      const url = new URL(window.location.href);
      url.searchParams.set("state", stateId);
      // replaceState: stepping through states should not fill the host's history.
      window.history.replaceState(null, "", url);
    },
  });
  stepper.removeAttribute("data-pending");
  reportHeight(figure.dataset.chart ?? "");
}
