/**
 * The messages an embed page posts to its parent. `height` is the whole document's height in
 * CSS pixels. The AMP shape lets AMP hosts (amp-iframe) resize the frame without our script.
 */
export interface EmbedHeightMessage {
  type: "astana-embed:height";
  chart: string;
  height: number;
}

/** AMP's resize request (https://amp.dev/documentation/components/amp-iframe). */
export interface AmpEmbedSizeMessage {
  sentinel: "amp";
  type: "embed-size";
  height: number;
}

/** Both messages for one height. */
export function heightMessages(chart: string, height: number): [EmbedHeightMessage, AmpEmbedSizeMessage] {
  return [
    { type: "astana-embed:height", chart, height },
    { sentinel: "amp", type: "embed-size", height },
  ];
}
