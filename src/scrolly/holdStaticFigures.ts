/**
 * Marks the page still (`data-still` on <html>, read by reader.css) from the moment it is parsed
 * until the reader first moves it. While a section's scroll engine has not started, each later
 * step shows its static figure (the fail-safe); on a phone the first section's later steps sit
 * close enough to the first screen to be laid out, and their pictures fetched, in the instant
 * before the module scripts run (7 KB the reader never sees). A still page shows the first
 * screen, whose picture is the live chart's first state drawn in the HTML: no later step's
 * figure is needed until the page moves. A page opened on a deep link or scrolled back to
 * (reload, history) is not still. Runs inline before any module script (PageHead.astro), so
 * it must stay self-contained: no imports, no outer variables.
 */
export function holdStaticFiguresUntilScroll(root: HTMLElement): void {
  if (location.hash || window.scrollY > 0) return;
  root.dataset.still = "";
  const release = (): void => {
    delete root.dataset.still;
    removeEventListener("scroll", release);
    removeEventListener("hashchange", release);
  };
  addEventListener("scroll", release, { passive: true });
  addEventListener("hashchange", release);
}
