import { labelBox, letterBox, type LabelPlace } from "./labelBox.ts";
import { calloutPlaces, directPlaces } from "./labelCandidates.ts";
import { foreignShare, isClear, obstaclesFor, sitsOnItsOwn } from "./labelClearance.ts";
import type { MapLabelContext, MapLabelRequest, PlacedMapLabel, Taken } from "./mapLabelTypes.ts";
import { lengthOf, segmentHitsBox, type Segment } from "./segments.ts";

/** What a callout costs: its leader's length, and more over other coloured countries and over the routes. */
function calloutCost(place: LabelPlace, leader: Segment, request: MapLabelRequest, context: MapLabelContext): number {
  const box = labelBox(place);
  const crossings = (context.lines ?? []).filter((line) => segmentHitsBox(line, box)).length;
  // A name beside its leader's end keeps its end there at every size; one above or below drifts as it shrinks.
  const drift = place.anchor === "middle" ? 30 : 0;
  return lengthOf(leader) + 120 * foreignShare(letterBox(place), request, context) + 40 * crossings + drift;
}

/**
 * The callout of least cost that keeps clear, if any; not `isStrict`, the least costly inside
 * the map whatever it covers (the last resort of a label that must be written).
 */
export function bestCallout(
  request: MapLabelRequest,
  text: string,
  taken: Taken,
  context: MapLabelContext,
  isStrict: boolean,
) {
  let best: { place: LabelPlace; leader: Segment; cost: number; count: number } | undefined;
  let count = 0;
  const none: Taken = { boxes: [], leaders: [] };
  for (const candidate of calloutPlaces(request, text)) {
    const box = labelBox(candidate.place);
    const isOk = isStrict
      ? isClear(box, candidate.leader, taken, context)
      : isClear(box, undefined, none, { ...context, obstacles: [] });
    if (!isOk) continue;
    count += 1;
    const cost = calloutCost(candidate.place, candidate.leader, request, context);
    if (!best || cost < best.cost) best = { ...candidate, cost, count: 0 };
  }
  return best && { ...best, count };
}

/** What writing the short text costs, as if the leader were this much longer: the full text is worth a detour. */
const shortTextCost = 80;

/**
 * The clear place of least cost for a label that cannot sit on its own in its full text: a
 * callout in the full text, or, costing {@link shortTextCost} more, its short text by its own or
 * as a callout.
 */
export function bestClearPlace(request: MapLabelRequest, taken: Taken, context: MapLabelContext) {
  const options: { place: LabelPlace; leader?: Segment; cost: number }[] = [];
  let count = 0;
  const full = bestCallout(request, request.text, taken, context, true);
  if (full) options.push(full);
  count += full?.count ?? 0;
  if (request.shortText) {
    const direct = directPlace(request, request.shortText, taken, context);
    if (direct) options.push({ place: direct, cost: shortTextCost });
    const short = bestCallout(request, request.shortText, taken, context, true);
    if (short) options.push({ ...short, cost: short.cost + shortTextCost });
    count += (direct ? 1 : 0) + (short?.count ?? 0);
  }
  return { best: options.sort((a, b) => a.cost - b.cost)[0], count };
}

/** Of the waiting names, the one with the fewest clear places (the first on a tie), and its best place. */
export function mostConstrained(
  waiting: ReadonlySet<number>,
  requests: readonly MapLabelRequest[],
  taken: Taken,
  context: MapLabelContext,
) {
  let chosen: [number, ReturnType<typeof bestClearPlace>["best"]] | undefined;
  let fewest = Infinity;
  for (const index of waiting) {
    const request = requests[index];
    if (!request) continue;
    const { best, count } = bestClearPlace(request, taken, { ...context, obstacles: obstaclesFor(request, context) });
    if (count < fewest) {
      fewest = count;
      chosen = [index, best];
    }
  }
  return chosen ?? [[...waiting][0] ?? 0, undefined];
}

/** A name that must be written and has no clear place: at its least costly callout, whatever it covers. */
export function lastResort(
  request: MapLabelRequest,
  taken: Taken,
  context: MapLabelContext,
): PlacedMapLabel | undefined {
  const fallback = bestCallout(request, request.shortText ?? request.text, taken, context, false);
  return fallback ? placed(request, fallback.place, fallback.leader) : undefined;
}

/** The first place by its own that keeps clear, for a text. */
export function directPlace(request: MapLabelRequest, text: string, taken: Taken, context: MapLabelContext) {
  return directPlaces(request, text).find(
    (candidate) => sitsOnItsOwn(candidate, request, context) && isClear(labelBox(candidate), undefined, taken, context),
  );
}

const rounded = (value: number) => Math.round(value * 10) / 10;

/** A label as the frames carry it: its place to a tenth of a unit, and its leader line if it has one. */
export function placed(request: MapLabelRequest, place: LabelPlace, leader?: Segment): PlacedMapLabel {
  const label: PlacedMapLabel = {
    key: request.key,
    text: place.text,
    x: rounded(place.x),
    y: rounded(place.y),
    anchor: place.anchor,
  };
  if (leader)
    label.leader = { x1: rounded(leader.x1), y1: rounded(leader.y1), x2: rounded(leader.x2), y2: rounded(leader.y2) };
  return label;
}
