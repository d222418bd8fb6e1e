import { baselineFor, labelBox, type LabelPlace } from "./labelBox.ts";
import { mapLabelSize } from "./mapType.ts";
import type { MapLabelRequest } from "./mapLabelTypes.ts";
import { lengthOf, nearestOnBox, type Segment } from "./segments.ts";

/** How far a leader line stops short of its label. */
export const leaderGap = 3;

/** Places on the shape (round its anchor) or by the point (either side, above, below). */
export function directPlaces(request: MapLabelRequest, text: string): LabelPlace[] {
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

/** The shortest leader line worth drawing, in viewBox units: a shorter one reads as a stray mark. */
export const shortestLeader = 12;

/**
 * Places away from the target, on rings round it, each with its leader line. A name that would
 * straddle the target's column is centred on it (above or below it), so that as the name shrinks
 * on a wide screen it stays at its leader's end.
 */
export function calloutPlaces(request: MapLabelRequest, text: string): { place: LabelPlace; leader: Segment }[] {
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
