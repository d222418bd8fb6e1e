import { lastResort, mostConstrained, bestClearPlace, placed, directPlace } from "./labelChoice.ts";
import { contextFor, takenOf } from "./labelClearance.ts";
import type { MapLabelContext, MapLabelRequest, PlacedMapLabel } from "./mapLabelTypes.ts";

/** The placer's types, where its callers import them from. */
export type { MapLabelContext, MapLabelRequest, PlacedMapLabel } from "./mapLabelTypes.ts";

/**
 * Places map names by one rule: a name sits on its own shape (or beside its own city or dot),
 * over no other coloured country; where none of those places is clear, it stands off, where
 * it keeps clear of the other names, marks and leader lines, with a leader line back to what it
 * names, or, failing that, in its short text. First every name that can sit on its own, in
 * order; then the others, the one with the fewest clear places first, moving a placed name (or
 * placing a crowded cluster again) to make room where one finds none. An optional name that finds
 * no clear place is left out (undefined). Pure.
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

/** The placement itself (see {@link placeMapLabels}). */
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
  const waiting = new Set(requests.flatMap((_, index) => (result[index] ? [] : [index])));
  for (const index of placeWaiting(waiting, requests, result, shared)) {
    if (!replaceCluster(index, requests, result, shared)) {
      const request = requests[index];
      if (request) result[index] = lastResort(request, takenOf(result), ownContext(request));
    }
  }
  return requests.map((_, index) => result[index]);
}

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
