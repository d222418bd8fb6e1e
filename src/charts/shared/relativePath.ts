/**
 * Rewrites an outline made of absolute `M`/`L`/`Z` commands (what d3-geo's path writes) with
 * relative line commands: `l8-2 8,1` instead of `L563,177L571,178`. The outlines are the page's largest
 * markup and short deltas repeat far more than absolute positions, so the page is smaller raw
 * and gzipped. Points that repeat the previous one (common once rounded to whole units) are
 * dropped; the shape drawn is the same.
 */
export function relativePath(d: string): string {
  let out = "";
  let x = 0;
  let y = 0;
  // After an `l`, further pairs repeat it without the letter; a minus sign separates by itself.
  let isAfterLine = false;
  for (const [, command, args] of d.matchAll(/([MLZ])([^MLZ]*)/gi)) {
    const upper = command!.toUpperCase();
    if (upper !== command)
      throw new Error(`relativePath expects absolute commands, got "${command}" in "${d.slice(0, 40)}…"`);
    if (upper === "Z") {
      out += "Z";
      isAfterLine = false;
      continue;
    }
    const [nextX, nextY] = args!.split(",").map(Number);
    if (nextX === undefined || nextY === undefined || Number.isNaN(nextX) || Number.isNaN(nextY)) {
      throw new Error(`relativePath cannot read the point "${args}" in "${d.slice(0, 40)}…"`);
    }
    if (upper === "M") {
      out += `M${nextX},${nextY}`;
      isAfterLine = false;
    } else if (nextX !== x || nextY !== y) {
      const [dx, dy] = [nextX - x, nextY - y];
      out += (isAfterLine ? (dx < 0 ? "" : " ") : "l") + `${dx}${dy < 0 ? "" : ","}${dy}`;
      isAfterLine = true;
    }
    x = nextX;
    y = nextY;
  }
  return out;
}
