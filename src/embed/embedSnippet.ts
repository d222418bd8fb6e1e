/** Default iframe height (px) before the parent script resizes it, and without that script. */
export const fallbackEmbedHeight = 760;

/**
 * The HTML a host page pastes to embed a chart: a lazy iframe that works alone at a fixed
 * height, plus the dependency-free script that fits the iframe to its content.
 */
export function embedSnippet(options: { embedUrl: string; scriptUrl: string; title: string }): string {
  const { embedUrl, scriptUrl, title } = options;
  const escapedTitle = title.replace(/&/g, "&amp;").replace(/"/g, "&quot;");
  return [
    `<iframe src="${embedUrl}" title="${escapedTitle}" data-astana-embed loading="lazy"`,
    `  style="width:100%;height:${fallbackEmbedHeight}px;border:0"></iframe>`,
    `<script src="${scriptUrl}" async></script>`,
  ].join("\n");
}
