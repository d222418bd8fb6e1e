/**
 * Fetches each deferred data table into the page the first time its disclosure opens (the story
 * page stays light; see ChartDataTable.astro). Until then, or if the fetch fails, the disclosure
 * holds a link to the same table on the chart's embed page.
 */
export function startDataTables(root: ParentNode = document): void {
  for (const details of root.querySelectorAll<HTMLDetailsElement>("details[data-deferred-table]")) {
    let isLoading = false;
    const fill = async () => {
      const link = details.querySelector("[data-role=table-link]");
      if (!details.open || !link || isLoading) return;
      isLoading = true;
      const response = await fetch(details.dataset.deferredTable ?? "");
      if (!response.ok) return;
      const fragment = new DOMParser().parseFromString(await response.text(), "text/html");
      link.replaceWith(...fragment.body.childNodes);
    };
    details.addEventListener("toggle", () => void fill());
    void fill();
  }
}
