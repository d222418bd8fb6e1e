import { downloadText, svgSnapshot } from "./svgSnapshot.ts";

/** The chart SVG the reader sees (charts may hold one SVG per screen size; pick the shown one). */
function visibleSvg(figure: Element): SVGSVGElement | undefined {
  return [...figure.querySelectorAll<SVGSVGElement>("svg[viewBox]")].find(
    (svg) => svg.getBoundingClientRect().width > 0,
  );
}

/** Downloads what `figure` shows now as a standalone SVG file, titled and credited. */
function downloadFigureSvg(figure: HTMLElement): void {
  const svg = visibleSvg(figure);
  if (!svg) return;
  const title = figure.querySelector(".chart-title")?.textContent?.trim() ?? "";
  const caption = figure.querySelector("[data-role=caption]")?.textContent?.replace(/\s+/g, " ").trim();
  const lines = caption ? [title, caption] : [title];
  const credit = `Sources and data: ${window.location.origin}${window.location.pathname}`;
  const fileName = `${figure.dataset.chart}-${figure.dataset.state}.svg`;
  downloadText(svgSnapshot(svg, { lines, credit }), fileName, "image/svg+xml");
}

/** The chart a control belongs to: its section's figure, or the page's only one (embeds). */
function figureFor(control: Element): HTMLElement | null {
  return (
    control.closest("[data-scrolly]")?.querySelector<HTMLElement>("figure[data-chart]") ??
    document.querySelector<HTMLElement>("figure[data-chart]")
  );
}

/**
 * Turns on what needs JavaScript in the sharing controls: copying the embed snippet, and the
 * "download this view as SVG" buttons (in "Embed this chart" and in each section's step bar,
 * which is on screen whatever step is being read). Without JavaScript the snippet is still
 * selectable and the CSV link still works.
 */
export function startShareControls(root: ParentNode = document): void {
  for (const control of root.querySelectorAll<HTMLElement>("[data-chart-share]")) {
    const snippet = control.querySelector<HTMLTextAreaElement>("[data-role=snippet]");
    const status = control.querySelector<HTMLElement>("[data-role=copy-status]");
    const copy = control.querySelector<HTMLButtonElement>("[data-action=copy-snippet]");
    if (!copy || !snippet) continue;
    copy.hidden = false;
    copy.addEventListener("click", async () => {
      snippet.select();
      try {
        await navigator.clipboard.writeText(snippet.value);
        if (status) status.textContent = "Copied.";
      } catch {
        if (status) status.textContent = "Press Ctrl+C (⌘C) to copy the selected code.";
      }
    });
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-action=download-svg]")) {
    const figure = figureFor(button);
    if (!figure) continue;
    button.hidden = false;
    button.addEventListener("click", () => downloadFigureSvg(figure));
  }
}
