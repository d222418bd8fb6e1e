/** The step an old id (`formerly="old-id"`) now belongs to, if `hash` names one. */
function stepOfFormerId(hash: string): HTMLElement | undefined {
  let id: string;
  try {
    id = decodeURIComponent(hash.replace(/^#/, ""));
  } catch {
    return undefined;
  }
  const anchor = id ? document.getElementById(id) : null;
  const step = anchor?.closest<HTMLElement>("[data-step][formerly]");
  const formerIds = step?.getAttribute("formerly")?.split(/\s+/) ?? [];
  return step && step !== anchor && formerIds.includes(id) ? step : undefined;
}

/**
 * Keeps published links working after a step is renamed: a link to an id the step had
 * (`/#india-pakistan`, listed in the step's `formerly`) has already landed on the step through
 * its alias anchor (Step.astro); this names the step's id now in the address, in place (no
 * history entry), on load and on every hash change, whether or not the section's scroll engine
 * runs. Returns a function that stops listening.
 */
export function followFormerIds(): () => void {
  const rename = () => {
    const step = stepOfFormerId(window.location.hash);
    if (step) window.history.replaceState(window.history.state, "", `#${step.id}`);
  };
  rename();
  window.addEventListener("hashchange", rename);
  return () => window.removeEventListener("hashchange", rename);
}
