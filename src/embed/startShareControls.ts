import { downloadText, svgSnapshot } from "./svgSnapshot.ts";

/** The chart SVG the reader sees (charts may hold one SVG per screen size; pick the shown one). */
function visibleSvg(figure: Element): SVGSVGElement | undefined {
  return [...figure.querySelectorAll<SVGSVGElement>("svg[viewBox]")].find(
    (svg) => svg.getBoundingClientRect().width > 0,
  );
}

/**
 * Turns on the parts of each "Embed this chart" control that need JavaScript: copying the
 * snippet and downloading the current view as SVG. Without JavaScript the snippet is still
 * selectable and the CSV link still works.
 */
export function startShareControls(root: ParentNode = document): void {
  for (const control of root.querySelectorAll<HTMLElement>("[data-chart-share]")) {
    const snippet = control.querySelector<HTMLTextAreaElement>("[data-role=snippet]");
    const status = control.querySelector<HTMLElement>("[data-role=copy-status]");
    const copy = control.querySelector<HTMLButtonElement>("[data-action=copy-snippet]");
    const download = control.querySelector<HTMLButtonElement>("[data-action=download-svg]");
    const figure =
      control.closest("[data-scrolly]")?.querySelector("figure[data-chart]") ??
      document.querySelector("figure[data-chart]");
    if (copy && snippet) {
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
    if (download && figure instanceof HTMLElement) {
      download.hidden = false;
      download.addEventListener("click", () => {
        const svg = visibleSvg(figure);
        if (!svg) return;
        const title = figure.querySelector(".chart-title")?.textContent?.trim() ?? "";
        const caption = figure.querySelector("[data-role=caption]")?.textContent?.replace(/\s+/g, " ").trim();
        const lines = caption ? [title, caption] : [title];
        const credit = `Sources and data: ${window.location.origin}${window.location.pathname}`;
        downloadText(
          svgSnapshot(svg, { lines, credit }),
          `${figure.dataset.chart}-${figure.dataset.state}.svg`,
          "image/svg+xml",
        );
      });
    }
  }
}
