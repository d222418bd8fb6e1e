import { boxesOverlap, type Box } from "../boxes.ts";
import type { EurasiaGeography } from "./geography.ts";
import { baselineFor, foreignTolerance, labelBox, letterBox, type LabelPlace } from "./labelBox.ts";
import { mapLabelSize } from "./mapType.ts";
import { lengthOf, nearestOnBox, segmentHitsBox, segmentsCross, type Segment } from "./segments.ts";

/** A name to write on a map, and what it names. */
export interface MapLabelRequest {
  key: string;
  text: string;
  /** A shorter text, written where the full one finds no clear place ("Putin" for "Putin from Moscow"). */
  shortText?: string;
  /** The point it names: inside its country's shape, or a city or a small state's dot. */
  target: readonly [number, number];
  /** The countries it may lie over without a leader line: its own (a city's country). */
  ownKeys: readonly string[];
  /** A point (city, dot) the label sits beside, rather than a shape it sits on. */
  isPoint: boolean;
  /** Left out where it cannot keep clear, rather than drawn over the others (a help, not a must). */
  isOptional?: boolean;
}

/** A name placed: where it is written and, when it stands away from what it names, its leader line. */
export interface PlacedMapLabel extends LabelPlace {
  key: string;
  /** From the named point to the label's edge; absent where the label sits on its shape or by its point. */
  leader?: Segment;
}

/** What the placer keeps clear of. */
export interface MapLabelContext {
  geography: Pick<EurasiaGeography, "width" | "height" | "keyAt" | "coverage">;
  /** The countries coloured in the state drawn: a label without a leader line lies over none but its own. */
  colouredKeys: ReadonlySet<string>;
  /** Marks no label may cover (city dots). */
  obstacles?: readonly Box[];
  /** Lines a label had better not cover (the routes drawn): a callout over one costs more. */
  lines?: readonly Segment[];
}

/** Space kept between two labels, a label and a mark, a label and the map's edge. */
const gap = 4;
/** How far a leader line stops short of its label. */
const leaderGap = 3;

interface Taken {
  boxes: Box[];
  leaders: Segment[];
}

/** Share of a box lying on coloured countries other than the label's own. */
function foreignShare(box: Box, request: MapLabelRequest, context: MapLabelContext): number {
  const { cells, byKey } = context.geography.coverage(box);
  let foreign = 0;
  for (const [key, count] of byKey) {
    if (context.colouredKeys.has(key) && !request.ownKeys.includes(key)) foreign += count;
  }
  return cells === 0 ? 0 : foreign / cells;
}

/** The marks a label keeps clear of: all but the one it names (a label sits beside its own city's dot). */
function obstaclesFor(request: MapLabelRequest, context: MapLabelContext): Box[] {
  const [x, y] = request.target;
  return (context.obstacles ?? []).filter(
    (box) => !(x >= box.left && x <= box.right && y >= box.top && y <= box.bottom),
  );
}

function isClear(box: Box, leader: Segment | undefined, taken: Taken, context: MapLabelContext): boolean {
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

/** Places on the shape (round its anchor) or by the point (either side, above, below). */
function directPlaces(request: MapLabelRequest, text: string): LabelPlace[] {
  const [tx, ty] = request.target;
  const size = mapLabelSize;
  if (!request.isPoint) {
    const width = labelBox({ x: 0, y: 0, anchor: "middle", text }).right * 2;
    return [0, -0.25, 0.25, -0.5, 0.5, -0.75, 0.75, -1, 1].flatMap((dy) =>
      [0, -1 / 8, 1 / 8, -1 / 4, 1 / 4, -1 / 3, 1 / 3].map((dx) => ({
        x: tx + dx * width,
        y: baselineFor(ty + dy * size),
        anchor: "middle" as const,
        text,
      })),
    );
  }
  const beside = 10;
  return [
    { x: tx + beside, y: baselineFor(ty), anchor: "start" as const },
    { x: tx - beside, y: baselineFor(ty), anchor: "end" as const },
    { x: tx, y: ty - beside - size * 0.3, anchor: "middle" as const },
    { x: tx, y: ty + beside + size * 0.95, anchor: "middle" as const },
    { x: tx + beside, y: ty - beside / 2, anchor: "start" as const },
    { x: tx + beside, y: ty + beside / 2 + size * 0.95, anchor: "start" as const },
    { x: tx - beside, y: ty - beside / 2, anchor: "end" as const },
    { x: tx - beside, y: ty + beside / 2 + size * 0.95, anchor: "end" as const },
  ].map((place) => ({ ...place, text }));
}

/**
 * True when a label placed without a leader line sits on its own shape (its letters' centre on
 * it), or by its point, over no other coloured country (its letters, within the tolerance).
 */
function sitsOnItsOwn(place: LabelPlace, request: MapLabelRequest, context: MapLabelContext): boolean {
  const letters = letterBox(place);
  if (foreignShare(letters, request, context) > foreignTolerance) return false;
  if (request.isPoint) return true;
  const key = context.geography.keyAt((letters.left + letters.right) / 2, (letters.top + letters.bottom) / 2);
  return key !== undefined && request.ownKeys.includes(key);
}

/** The shortest leader line worth drawing, in viewBox units: a shorter one reads as a stray mark. */
const shortestLeader = 12;

/**
 * Places away from the target, on rings round it, each with its leader line. A name that would
 * straddle the target's column is centred on it (above or below it), so that as the name shrinks
 * on a wide screen it stays at its leader's end.
 */
function calloutPlaces(request: MapLabelRequest, text: string): { place: LabelPlace; leader: Segment }[] {
  const [tx, ty] = request.target;
  const probe = labelBox({ x: 0, y: 0, anchor: "middle", text });
  const [halfWidth, halfHeight] = [probe.right, (probe.bottom - probe.top) / 2];
  return [40, 70, 105, 145, 190, 240, 300, 370, 450]
    .flatMap((radius) =>
      Array.from({ length: 32 }, (_, step) => {
        const angle = (step / 32) * 2 * Math.PI;
        const [cos, sin] = [Math.cos(angle), Math.sin(angle)];
        const cy = ty + sin * (radius + halfHeight * Math.abs(sin));
        let cx = tx + cos * (radius + halfWidth * Math.abs(cos));
        const anchor: LabelPlace["anchor"] = cx - halfWidth >= tx ? "start" : cx + halfWidth <= tx ? "end" : "middle";
        if (anchor === "middle") cx = tx;
        const box = { left: cx - halfWidth, right: cx + halfWidth, top: cy - halfHeight, bottom: cy + halfHeight };
        const x = anchor === "start" ? box.left : anchor === "end" ? box.right : cx;
        const inflated = {
          left: box.left - leaderGap,
          right: box.right + leaderGap,
          top: box.top - leaderGap,
          bottom: box.bottom + leaderGap,
        };
        const [x2, y2] = nearestOnBox(inflated, request.target);
        const leader = { x1: tx, y1: ty, x2, y2 };
        return lengthOf(leader) < shortestLeader ? [] : [{ place: { x, y: baselineFor(cy), anchor, text }, leader }];
      }),
    )
    .flat();
}

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
function bestCallout(
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
function bestClearPlace(request: MapLabelRequest, taken: Taken, context: MapLabelContext) {
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
function mostConstrained(
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
function lastResort(request: MapLabelRequest, taken: Taken, context: MapLabelContext): PlacedMapLabel | undefined {
  const fallback = bestCallout(request, request.shortText ?? request.text, taken, context, false);
  return fallback ? placed(request, fallback.place, fallback.leader) : undefined;
}

/** The first place by its own that keeps clear, for a text. */
function directPlace(request: MapLabelRequest, text: string, taken: Taken, context: MapLabelContext) {
  return directPlaces(request, text).find(
    (candidate) => sitsOnItsOwn(candidate, request, context) && isClear(labelBox(candidate), undefined, taken, context),
  );
}

const rounded = (value: number) => Math.round(value * 10) / 10;

function placed(request: MapLabelRequest, place: LabelPlace, leader?: Segment): PlacedMapLabel {
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

/**
 * Places map names by one rule: a name sits on its own shape (or beside its own city or dot),
 * over no other coloured country; where none of those places is clear, it stands off, where
 * it keeps clear of the other names, marks and leader lines, with a leader line back to what it
 * names, or, failing that, in its short text. First every name that can sit on its own, in
 * order; then the others, in order. An optional name that finds no clear place is left out
 * (undefined). Pure.
 */
export function placeMapLabels(
  requests: readonly MapLabelRequest[],
  context: MapLabelContext,
): (PlacedMapLabel | undefined)[] {
  // Pure, and the build asks for the same state's names many times (every figure, file and frame).
  const { geography, ...rest } = context;
  const memoKey = JSON.stringify([requests, [...rest.colouredKeys], rest.obstacles, rest.lines]);
  const known = memo.get(geography) ?? new Map<string, (PlacedMapLabel | undefined)[]>();
  memo.set(geography, known);
  const cached = known.get(memoKey);
  if (cached) return cached;
  const result = placeAll(requests, context);
  known.set(memoKey, result);
  return result;
}

const memo = new WeakMap<object, Map<string, (PlacedMapLabel | undefined)[]>>();

function placeAll(requests: readonly MapLabelRequest[], context: MapLabelContext): (PlacedMapLabel | undefined)[] {
  // No name covers the point another name names: that one's leader line must be able to leave it.
  const targets = requests.map(({ target: [x, y] }) => ({ left: x - 6, right: x + 6, top: y - 6, bottom: y + 6 }));
  const shared = { ...context, obstacles: [...(context.obstacles ?? []), ...targets] };
  const ownContext = (request: MapLabelRequest) => contextFor(request, shared);
  const result: (PlacedMapLabel | undefined)[] = [];
  requests.forEach((request, index) => {
    const place = directPlace(request, request.text, takenOf(result), ownContext(request));
    result[index] = place && placed(request, place);
  });
  // Then the others, the one with the fewest clear places first, so an easy name does not take the hard one's only place.
  const waiting = new Set(requests.flatMap((request, index) => (result[index] ? [] : [index])));
  for (const index of placeWaiting(waiting, requests, result, shared)) {
    if (!replaceCluster(index, requests, result, shared)) {
      const request = requests[index];
      if (request) result[index] = lastResort(request, takenOf(result), ownContext(request));
    }
  }
  return requests.map((_, index) => result[index]);
}

/** The context a name is placed in: every mark but the one it names. */
const contextFor = (request: MapLabelRequest, shared: MapLabelContext) => ({
  ...shared,
  obstacles: obstaclesFor(request, shared),
});

/**
 * Places the waiting names, the most constrained first, making room where one has no clear
 * place (see makeRoom); writes them into `result` and returns those still without a place.
 */
function placeWaiting(
  waiting: Set<number>,
  requests: readonly MapLabelRequest[],
  result: (PlacedMapLabel | undefined)[],
  shared: MapLabelContext,
): number[] {
  const failed: number[] = [];
  while (waiting.size > 0) {
    const [index, best] = mostConstrained(waiting, requests, takenOf(result), shared);
    waiting.delete(index);
    const request = requests[index];
    if (!request) continue;
    if (best) result[index] = placed(request, best.place, best.leader);
    else if (!request.isOptional && !makeRoom(index, requests, result, (r) => contextFor(r, shared)))
      failed.push(index);
  }
  return failed;
}

/** How far round a name with no place its neighbours are placed again with it, in viewBox units. */
const clusterReach = 260;

/**
 * Places a name that found no place again together with the names round it (their targets
 * within {@link clusterReach}), the most constrained first; keeps the new places only if every
 * one of them is clear.
 */
function replaceCluster(
  index: number,
  requests: readonly MapLabelRequest[],
  result: (PlacedMapLabel | undefined)[],
  shared: MapLabelContext,
): boolean {
  const [x, y] = requests[index]?.target ?? [0, 0];
  const cluster = requests.flatMap((request, other) => {
    const isNear = Math.hypot(request.target[0] - x, request.target[1] - y) <= clusterReach;
    return other === index || (isNear && result[other]) ? [other] : [];
  });
  const trial = result.map((label, other) => (cluster.includes(other) ? undefined : label));
  if (placeWaiting(new Set(cluster), requests, trial, shared).length > 0) return false;
  trial.forEach((label, other) => (result[other] = label));
  return true;
}

/** The boxes and leader lines of the names placed so far. */
function takenOf(labels: readonly (PlacedMapLabel | undefined)[]): Taken {
  const placedLabels = labels.filter((label): label is PlacedMapLabel => label !== undefined);
  return {
    boxes: placedLabels.map((label) => labelBox(label)),
    leaders: placedLabels.flatMap((label) => (label.leader ? [label.leader] : [])),
  };
}

/**
 * Makes room for a name with no clear place by moving one name already placed (leader-lined
 * ones first, latest first): the name takes its best place without that one, which then takes
 * its best place round it. True when both found one (written into `result`).
 */
function makeRoom(
  index: number,
  requests: readonly MapLabelRequest[],
  result: (PlacedMapLabel | undefined)[],
  ownContext: (request: MapLabelRequest) => MapLabelContext,
): boolean {
  const request = requests[index];
  if (!request) return false;
  const movable = result
    .flatMap((label, other) => (label ? [{ other, hasLeader: Boolean(label.leader) }] : []))
    .sort((a, b) => Number(b.hasLeader) - Number(a.hasLeader) || b.other - a.other);
  for (const { other } of movable) {
    const moved = requests[other];
    if (!moved) continue;
    const without = result.map((label, at) => (at === other ? undefined : label));
    const mine = bestClearPlace(request, takenOf(without), ownContext(request)).best;
    if (!mine) continue;
    without[index] = placed(request, mine.place, mine.leader);
    const theirs = bestClearPlace(moved, takenOf(without), ownContext(moved)).best;
    if (!theirs) continue;
    result[index] = without[index];
    result[other] = placed(moved, theirs.place, theirs.leader);
    return true;
  }
  return false;
}
