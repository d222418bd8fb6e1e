/**
 * Shows the static picture of `stateId` over the embed's live figure (kept in place, so nothing
 * moves), for when the chart's script has not drawn that state: not yet run, or failed. The same
 * function runs inline in the page before any module script (see embed/[chart]/index.astro), so
 * it must stay self-contained: no imports, no outer variables.
 */
export function showFallback(main: HTMLElement | null, stateId: string): void {
  const figure = main?.querySelector<HTMLElement>("figure[data-chart]");
  if (!main || !figure || !stateId || figure.dataset.state === stateId) return;
  const holder = main.querySelector<HTMLElement>("[data-embed-fallback]");
  const picture = holder?.querySelector<HTMLElement>(`[data-fallback-state="${CSS.escape(stateId)}"]`);
  if (!holder || !picture) return;
  for (const other of holder.querySelectorAll<HTMLElement>("[data-fallback-state]")) other.hidden = other !== picture;
  holder.hidden = false;
  main.dataset.fallbackState = stateId;
}
