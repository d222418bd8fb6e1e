import { chartSvg, type Attributes } from "../svg.ts";
import type { EurasiaGeography } from "./geography.ts";

/** What a page or a standalone file asks of a map's drawing. */
export interface MapDrawingOptions {
  /** Unique prefix of the SVG's title and desc ids. */
  idPrefix: string;
  title: string;
  /** Hidden from assistive technology where the surrounding text carries the meaning. */
  isDecorative?: boolean;
  /** Extra attributes on the root (position and size inside a standalone file). */
  root?: Attributes;
}

/**
 * The root of a map drawn over the shared Eurasia geography (both maps): `className` on the
 * `<svg>`, the geography's own size as its viewBox, the state's words as its description, then
 * the map's `children` (its marks, over the outlines in eurasiaDefs.ts).
 */
export function eurasiaMapSvg(
  className: string,
  geography: EurasiaGeography,
  description: string,
  options: MapDrawingOptions,
  children: readonly string[],
): string {
  return chartSvg(
    {
      attributes: { class: className },
      width: geography.width,
      height: geography.height,
      idPrefix: options.idPrefix,
      title: options.title,
      description,
      isDecorative: options.isDecorative ?? false,
      root: options.root,
    },
    children,
  );
}
