import type { Box } from "../boxes.ts";

/** A projected outline: its rings as lists of [x, y] points in viewBox units. */
export interface ProjectedOutline {
  key: string;
  rings: readonly (readonly (readonly [number, number])[])[];
}

/** Which coloured country lies under each part of the map: a raster of the outlines. */
export interface CountryGrid {
  /** The key of the country under a viewBox point, if any. */
  keyAt(x: number, y: number): string | undefined;
  /** How many of the grid's cells a box covers, and how many of them lie on each country. */
  coverage(box: Box): { cells: number; byKey: ReadonlyMap<string, number> };
}

/** Side of a grid cell in viewBox units: finer than a letter's stroke at the labels' size. */
const cellSize = 4;

/** Even-odd rule over every ring, so holes (lakes, enclaves) are outside. */
function isInside(outline: ProjectedOutline, x: number, y: number): boolean {
  let isIn = false;
  for (const ring of outline.rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi = 0, yi = 0] = ring[i] ?? [];
      const [xj = 0, yj = 0] = ring[j] ?? [];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) isIn = !isIn;
    }
  }
  return isIn;
}

/**
 * Rasterises the outlines (and the small states' dots, as discs) onto cells of
 * {@link cellSize} units, once, so a label placer can ask at no cost which country lies under
 * a box. Later outlines win where two overlap (they do not, in Natural Earth).
 */
export function buildCountryGrid(
  width: number,
  height: number,
  outlines: readonly ProjectedOutline[],
  discs: readonly { key: string; cx: number; cy: number; r: number }[],
): CountryGrid {
  const columns = Math.ceil(width / cellSize);
  const rows = Math.ceil(height / cellSize);
  const keys = ["", ...outlines.map((outline) => outline.key), ...discs.map((disc) => disc.key)];
  const cells = new Uint16Array(columns * rows);
  const paint = (index: number, test: (x: number, y: number) => boolean, bounds: Box) => {
    const [c0, c1] = [
      Math.max(0, Math.floor(bounds.left / cellSize)),
      Math.min(columns - 1, Math.floor(bounds.right / cellSize)),
    ];
    const [r0, r1] = [
      Math.max(0, Math.floor(bounds.top / cellSize)),
      Math.min(rows - 1, Math.floor(bounds.bottom / cellSize)),
    ];
    for (let row = r0; row <= r1; row += 1) {
      for (let column = c0; column <= c1; column += 1) {
        if (test((column + 0.5) * cellSize, (row + 0.5) * cellSize)) cells[row * columns + column] = index;
      }
    }
  };
  outlines.forEach((outline, index) => {
    const points = outline.rings.flat();
    const xs = points.map(([x]) => x);
    const ys = points.map(([, y]) => y);
    const bounds = { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
    paint(index + 1, (x, y) => isInside(outline, x, y), bounds);
  });
  discs.forEach((disc, index) => {
    const bounds = { left: disc.cx - disc.r, right: disc.cx + disc.r, top: disc.cy - disc.r, bottom: disc.cy + disc.r };
    paint(outlines.length + index + 1, (x, y) => Math.hypot(x - disc.cx, y - disc.cy) <= disc.r, bounds);
  });
  const at = (column: number, row: number) => keys[cells[row * columns + column] ?? 0] || undefined;
  return readGrid(at, columns, rows);
}

/** The queries of a painted grid (`at` gives the key of a cell). */
function readGrid(at: (column: number, row: number) => string | undefined, columns: number, rows: number): CountryGrid {
  const span = (from: number, to: number, count: number) =>
    [Math.max(0, Math.floor(from / cellSize)), Math.min(count - 1, Math.floor(to / cellSize))] as const;
  return {
    keyAt: (x, y) => {
      const [column, row] = [Math.floor(x / cellSize), Math.floor(y / cellSize)];
      return column < 0 || row < 0 || column >= columns || row >= rows ? undefined : at(column, row);
    },
    coverage(box) {
      const byKey = new Map<string, number>();
      let count = 0;
      const [row0, row1] = span(box.top, box.bottom, rows);
      const [column0, column1] = span(box.left, box.right, columns);
      for (let row = row0; row <= row1; row += 1) {
        for (let column = column0; column <= column1; column += 1) {
          count += 1;
          const key = at(column, row);
          if (key) byKey.set(key, (byKey.get(key) ?? 0) + 1);
        }
      }
      return { cells: count, byKey };
    },
  };
}
