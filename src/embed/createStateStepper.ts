import type { ChartController } from "../charts/shared/chartController.ts";
import { isFormField } from "../site/isFormField.ts";

/** Options of {@link createStateStepper}. */
export interface StateStepperOptions {
  /** Element holding the Prev / Next buttons and the state selector. */
  root: HTMLElement;
  chart: ChartController;
  /** Called after each change, e.g. to update the URL. */
  onChange?(stateId: string): void;
  /** Called when the chart cannot draw a state (the page then shows that state's static picture). */
  onError(stateId: string, error: unknown): void;
}

/**
 * Steps a chart through its states without a scroll narrative: Prev / Next buttons, a
 * selector, and the arrow, Home and End keys. Returns a function that removes its listeners.
 */
export function createStateStepper({ root, chart, onChange, onError }: StateStepperOptions): () => void {
  const select = root.querySelector<HTMLSelectElement>("select[data-role=state-select]");
  const prev = root.querySelector<HTMLButtonElement>("button[data-action=prev]");
  const next = root.querySelector<HTMLButtonElement>("button[data-action=next]");
  if (!select || !prev || !next) throw new Error("The stepper needs a state select and Prev / Next buttons.");
  const ids = chart.stateIds;
  let index = Math.max(0, ids.indexOf(select.value));

  function go(target: number, isInstant = false): void {
    index = Math.min(ids.length - 1, Math.max(0, target));
    const stateId = ids[index] ?? "";
    if (select) select.value = stateId;
    if (prev) prev.disabled = index === 0;
    if (next) next.disabled = index === ids.length - 1;
    try {
      chart.show(stateId, { isInstant });
    } catch (error) {
      onError(stateId, error);
      return;
    }
    onChange?.(stateId);
  }

  const onPrev = () => go(index - 1);
  const onNext = () => go(index + 1);
  const onSelect = () => go(ids.indexOf(select.value));
  const onKey = (event: KeyboardEvent) => {
    if (isFormField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const moves: Record<string, number> = { ArrowLeft: index - 1, ArrowRight: index + 1, Home: 0, End: ids.length - 1 };
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    go(target);
  };
  prev.addEventListener("click", onPrev);
  next.addEventListener("click", onNext);
  select.addEventListener("change", onSelect);
  document.addEventListener("keydown", onKey);
  // The state asked for in the address is the first picture: no transition into it.
  go(index, true);
  return () => {
    prev.removeEventListener("click", onPrev);
    next.removeEventListener("click", onNext);
    select.removeEventListener("change", onSelect);
    document.removeEventListener("keydown", onKey);
  };
}
