import { boxesOverlap, type Box } from "../boxes.ts";
import { foreignTolerance, labelBox, letterBox, type LabelPlace } from "./labelBox.ts";
import type { MapLabelContext, MapLabelRequest, PlacedMapLabel, Taken } from "./mapLabelTypes.ts";
import { segmentHitsBox, segmentsCross, type Segment } from "./segments.ts";

/** Space kept between two labels, a label and a mark, a label and the map's edge. */
export const gap = 4;

/** Share of a box lying on coloured countries other than the label's own. */
export function foreignShare(box: Box, request: MapLabelRequest, context: MapLabelContext): number {
  const { cells, byKey } = context.geography.coverage(box);
  let foreign = 0;
  for (const [key, count] of byKey) {
    if (context.colouredKeys.has(key) && !request.ownKeys.includes(key)) foreign += count;
  }
  return cells === 0 ? 0 : foreign / cells;
}

/** The marks a label keeps clear of: all but the one it names (a label sits beside its own city's dot). */
export function obstaclesFor(request: MapLabelRequest, context: MapLabelContext): Box[] {
  const [x, y] = request.target;
  return (context.obstacles ?? []).filter(
    (box) => !(x >= box.left && x <= box.right && y >= box.top && y <= box.bottom),
  );
}

/**
 * True when a box (and its leader line) keeps inside the map, clear of the names and leader
 * lines placed so far and of the marks; a new leader line crosses no name or other leader line.
 */
export function isClear(box: Box, leader: Segment | undefined, taken: Taken, context: MapLabelContext): boolean {
  const { width, height } = context.geography;
  if (box.left < gap || box.top < gap || box.right > width - gap || box.bottom > height - gap) return false;
  const obstacles = [...taken.boxes, ...(context.obstacles ?? [])];
  if (obstacles.some((other) => boxesOverlap(box, other, gap))) return false;
  if (taken.leaders.some((other) => segmentHitsBox(other, box))) return false;
  if (!leader) return true;
  return (
    !taken.boxes.some((other) => segmentHitsBox(leader, other)) &&
    !taken.leaders.some((other) => segmentsCross(leader, other))
  );
}

/**
 * True when a label placed without a leader line sits on its own shape (its letters' centre on
 * it), or by its point, over no other coloured country (its letters, within the tolerance).
 */
export function sitsOnItsOwn(place: LabelPlace, request: MapLabelRequest, context: MapLabelContext): boolean {
  const letters = letterBox(place);
  if (foreignShare(letters, request, context) > foreignTolerance) return false;
  if (request.isPoint) return true;
  const key = context.geography.keyAt((letters.left + letters.right) / 2, (letters.top + letters.bottom) / 2);
  return key !== undefined && request.ownKeys.includes(key);
}

/** The boxes and leader lines of the names placed so far. */
export function takenOf(labels: readonly (PlacedMapLabel | undefined)[]): Taken {
  const placedLabels = labels.filter((label): label is PlacedMapLabel => label !== undefined);
  return {
    boxes: placedLabels.map((label) => labelBox(label)),
    leaders: placedLabels.flatMap((label) => (label.leader ? [label.leader] : [])),
  };
}

/** The context a name is placed in: every mark but the one it names. */
export const contextFor = (request: MapLabelRequest, shared: MapLabelContext): MapLabelContext => ({
  ...shared,
  obstacles: obstaclesFor(request, shared),
});
