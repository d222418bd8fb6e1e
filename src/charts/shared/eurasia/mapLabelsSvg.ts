import { element, escapeXml } from "../svg.ts";
import type { PlacedMapLabel } from "./placeMapLabels.ts";
import { setAttributesIfChanged, setTextIfChanged } from "../writeIfChanged.ts";

/** One name a map carries: its key and (full) text; the state drawn places it, maybe in a shorter text, or hides it. */
export interface MapLabelNode {
  key: string;
  text: string;
}

/** A name's attributes in a state: its place, or hidden where the state does not place it. */
export function labelAttributes(place: PlacedMapLabel | undefined): Record<string, string> {
  return place
    ? { x: String(place.x), y: String(place.y), "text-anchor": place.anchor, "data-visible": "true" }
    : { "data-visible": "false" };
}

/** A name's leader line in a state: from what it names to the name, or hidden. */
export function leaderAttributes(place: PlacedMapLabel | undefined): Record<string, string> {
  const leader = place?.leader;
  return leader
    ? {
        x1: String(leader.x1),
        y1: String(leader.y1),
        x2: String(leader.x2),
        y2: String(leader.y2),
        "data-visible": "true",
      }
    : { "data-visible": "false" };
}

/**
 * The names of a map and their leader lines (under the names, so the names' halo covers their
 * ends), every node the figure may need, each placed or hidden as the state says. Hidden from
 * assistive technology: the description says it all.
 */
export function mapLabelsSvg(nodes: readonly MapLabelNode[], placed: readonly PlacedMapLabel[]): string {
  const placeOf = new Map(placed.map((label) => [label.key, label]));
  return element("g", { class: "map-labels", "aria-hidden": "true" }, [
    element(
      "g",
      { class: "map-leaders" },
      nodes.map((node) =>
        element("line", {
          "data-leader": node.key,
          x1: 0,
          y1: 0,
          x2: 0,
          y2: 0,
          ...leaderAttributes(placeOf.get(node.key)),
        }),
      ),
    ),
    ...nodes.map((node) => {
      const place = placeOf.get(node.key);
      return element(
        "text",
        { "data-label": node.key, x: 0, y: 0, ...labelAttributes(place) },
        escapeXml(place?.text ?? node.text),
      );
    }),
  ]);
}

/**
 * Moves a drawn map's names and leader lines to a state's places (browser): the same nodes,
 * shown, moved (their text shortened or restored) or hidden.
 */
export function drawMapLabels(root: ParentNode, placed: readonly PlacedMapLabel[]): void {
  const placeOf = new Map(placed.map((label) => [label.key, label]));
  for (const node of root.querySelectorAll<SVGElement>("[data-label]")) {
    const place = placeOf.get(node.dataset.label ?? "");
    setAttributesIfChanged(node, labelAttributes(place));
    // A state may write a name in its shorter text ("Putin" for "Putin from Moscow").
    if (place) setTextIfChanged(node, place.text);
  }
  for (const node of root.querySelectorAll<SVGElement>("[data-leader]")) {
    setAttributesIfChanged(node, leaderAttributes(placeOf.get(node.dataset.leader ?? "")));
  }
}
