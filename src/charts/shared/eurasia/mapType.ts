/**
 * The map labels' one type scale: their size in viewBox units by the width the map is drawn at
 * (CSS px, 960 units; its box in the page, map-frame.css). Each step keeps the words
 * between about 12 and 16 px (never above the chart title, 16 px on phones, 18 px from 768 px),
 * and a wider figure only ever gets a smaller size in units, so a label never outgrows the box it
 * was laid out in: the layouts place every name at {@link mapLabelSize}, the largest. The page
 * applies it through container queries on the map's box (map-labels.css, kept equal by a unit test).
 */
export const mapLabelScale = [
  { minWidth: 0, size: 33.5 },
  { minWidth: 458, size: 25.3 },
  { minWidth: 605, size: 19.2 },
  { minWidth: 798, size: 14.5 },
  { minWidth: 1054, size: 11.0 },
  { minWidth: 1391, size: 8.3 },
] as const;

/** The size every label is laid out at, in viewBox units: the phone's, the largest of the scale. */
export const mapLabelSize = mapLabelScale[0].size;

/** The labels' halo (a stroke of the paper colour behind the letters), as a share of their size. */
export const haloShare = 0.19;
