import type { Box } from "../boxes.ts";

/** A straight line between two viewBox points. */
export interface Segment {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The point of a box (its edge, or the point itself when inside) nearest to a point. */
export function nearestOnBox(box: Box, [x, y]: readonly [number, number]): [number, number] {
  return [Math.min(box.right, Math.max(box.left, x)), Math.min(box.bottom, Math.max(box.top, y))];
}

const orientation = (ax: number, ay: number, bx: number, by: number, cx: number, cy: number) =>
  Math.sign((bx - ax) * (cy - ay) - (by - ay) * (cx - ax));

/** True when two segments cross or touch. */
export function segmentsCross(a: Segment, b: Segment): boolean {
  const o1 = orientation(a.x1, a.y1, a.x2, a.y2, b.x1, b.y1);
  const o2 = orientation(a.x1, a.y1, a.x2, a.y2, b.x2, b.y2);
  const o3 = orientation(b.x1, b.y1, b.x2, b.y2, a.x1, a.y1);
  const o4 = orientation(b.x1, b.y1, b.x2, b.y2, a.x2, a.y2);
  return o1 !== o2 && o3 !== o4;
}

/** True when a segment passes through a box (or an end lies in it). */
export function segmentHitsBox(segment: Segment, box: Box): boolean {
  const isIn = (x: number, y: number) => x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  if (isIn(segment.x1, segment.y1) || isIn(segment.x2, segment.y2)) return true;
  const { left, right, top, bottom } = box;
  return [
    { x1: left, y1: top, x2: right, y2: top },
    { x1: right, y1: top, x2: right, y2: bottom },
    { x1: right, y1: bottom, x2: left, y2: bottom },
    { x1: left, y1: bottom, x2: left, y2: top },
  ].some((edge) => segmentsCross(segment, edge));
}

/** A segment's length. */
export const lengthOf = (segment: Segment) => Math.hypot(segment.x2 - segment.x1, segment.y2 - segment.y1);
