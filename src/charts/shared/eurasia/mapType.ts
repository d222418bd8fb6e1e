/**
 * The map labels' one type scale: their size in viewBox units by the width of the figure they
 * are drawn in (CSS px; the map fills the figure's width, 960 units). Each step keeps the words
 * between about 12 and 16 px (never above the chart title, 16 px on phones, 18 px from 768 px),
 * and a wider figure only ever gets a smaller size in units, so a label never outgrows the box it
 * was laid out in: the layouts place every name at {@link mapLabelSize}, the largest. The page
 * applies it through container queries on the figure (map-labels.css, kept equal by a unit test).
 */
export const mapLabelScale = [
  { minWidth: 0, size: 32 },
  { minWidth: 480, size: 25 },
  { minWidth: 612, size: 19.5 },
  { minWidth: 784, size: 15.3 },
  { minWidth: 1000, size: 12 },
  { minWidth: 1280, size: 9.5 },
] as const;

/** The size every label is laid out at, in viewBox units: the phone's, the largest of the scale. */
export const mapLabelSize = mapLabelScale[0].size;

/** The labels' halo (a stroke of the paper colour behind the letters), as a share of their size. */
export const haloShare = 0.19;

/**
 * Label sizes of a map's two standalone files, in viewBox units: the small-screen file shows
 * about 340 to 480 px wide (the phone's size reads at 11 to 16 px), the wide one, from 768 px
 * screens, about 600 to 900 px (see mapDrawings.ts).
 */
export const fileLabelSizes = { compact: mapLabelSize, wide: 17 } as const;
