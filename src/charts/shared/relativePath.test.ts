import { describe, expect, it } from "vitest";
import { relativePath } from "./relativePath.ts";

/** The absolute points a path visits (M, L, l with implicit repeats, Z), to compare shapes rather than strings. */
function pointsOf(d: string): string[] {
  const points: string[] = [];
  let x = 0;
  let y = 0;
  for (const [, command, args] of d.matchAll(/([MLlZ])([^MLlZ]*)/g)) {
    if (command === "Z") {
      points.push("Z");
      continue;
    }
    const numbers = (args!.match(/-?\d+/g) ?? []).map(Number);
    for (let index = 0; index < numbers.length; index += 2) {
      const [a, b] = [numbers[index]!, numbers[index + 1]!];
      [x, y] = command === "l" ? [x + a, y + b] : [a, b];
      points.push(`${x},${y}`);
    }
  }
  return points;
}

describe("relativePath", () => {
  it("visits the same points as the absolute outline, subpath by subpath", () => {
    const absolute = "M0,878L22,902L21,908L34,923ZM951,0L950,1L939,5L938,0Z";
    expect(pointsOf(relativePath(absolute))).toEqual(pointsOf(absolute));
  });

  it("repeats `l` implicitly, separates by a minus sign where it can and drops repeated points", () => {
    expect(relativePath("M10,10L13,8L13,8L10,10L14,10Z")).toBe("M10,10l3-2-3,2 4,0Z");
  });

  it("is shorter than the outline it rewrites", () => {
    const absolute = "M555,179L563,177L571,178L580,181L581,185L572,188L561,188Z";
    expect(relativePath(absolute).length).toBeLessThan(absolute.length);
  });

  it("refuses commands it does not understand instead of drawing a wrong shape", () => {
    expect(() => relativePath("M0,0l1,1")).toThrow(/absolute commands/);
    expect(() => relativePath("M0,0Lx,1")).toThrow(/cannot read the point/);
  });
});
