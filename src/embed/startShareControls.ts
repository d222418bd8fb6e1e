import { downloadBlob, downloadText, svgSnapshot } from "./svgSnapshot.ts";

/** The chart SVG the reader sees (charts may hold one SVG per screen size; pick the shown one). */
function visibleSvg(figure: Element): SVGSVGElement | undefined {
  return [...figure.querySelectorAll<SVGSVGElement>("svg[viewBox]")].find(
    (svg) => svg.getBoundingClientRect().width > 0,
  );
}

/** What `figure` shows now as a standalone SVG file (titled and credited), and the file's base name. */
function snapshotOf(figure: HTMLElement): { svg: string; name: string } | undefined {
  const svg = visibleSvg(figure);
  if (!svg) return undefined;
  const title = figure.querySelector(".chart-title")?.textContent?.trim() ?? "";
  // The caption read, not the unseen ones that keep its room (ChartCaption.astro).
  const caption = figure.querySelector(".chart-caption-text")?.textContent?.replace(/\s+/g, " ").trim();
  const lines = caption ? [title, caption] : [title];
  // The source line as the reader sees it, without its "All sources and caveats" link.
  const note = figure.querySelector(".source-note")?.cloneNode(true) as HTMLElement | undefined;
  note?.querySelector("a")?.remove();
  const source = note?.textContent?.replace(/\s+/g, " ").trim() || undefined;
  const credit = `${document.title}. Sources, caveats and data: ${window.location.origin}${window.location.pathname}`;
  return {
    svg: svgSnapshot(svg, { lines, source, credit }),
    name: `${figure.dataset.chart}-${figure.dataset.state}`,
  };
}

/** Downloads the view on screen as a standalone SVG file. */
function downloadFigureSvg(figure: HTMLElement): void {
  const snapshot = snapshotOf(figure);
  if (snapshot) downloadText(snapshot.svg, `${snapshot.name}.svg`, "image/svg+xml");
}

/**
 * Downloads the view on screen as a PNG at twice its size (for newsletters and slides): the same
 * standalone SVG, drawn by the browser onto a canvas.
 */
async function downloadFigurePng(figure: HTMLElement): Promise<void> {
  const snapshot = snapshotOf(figure);
  if (!snapshot) return;
  const url = URL.createObjectURL(new Blob([snapshot.svg], { type: "image/svg+xml" }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement("canvas");
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    canvas.getContext("2d")?.drawImage(image, 0, 0, canvas.width, canvas.height);
    const png = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, "image/png"));
    if (png) downloadBlob(png, `${snapshot.name}.png`);
  } finally {
    URL.revokeObjectURL(url);
  }
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
 * "download this view" buttons (SVG, and PNG at twice the size) (in "Embed this chart" and in each section's step bar,
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
  for (const button of root.querySelectorAll<HTMLButtonElement>("[data-action=download-png]")) {
    const figure = figureFor(button);
    if (!figure) continue;
    button.hidden = false;
    button.addEventListener("click", () => void downloadFigurePng(figure));
  }
}
