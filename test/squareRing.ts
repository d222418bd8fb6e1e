/** A closed square ring from (x, y), `size` units a side: a made-up country for the map tests. */
export const squareRing = (x: number, y: number, size: number) =>
  [
    [x, y],
    [x + size, y],
    [x + size, y + size],
    [x, y + size],
    [x, y],
  ] as const;
