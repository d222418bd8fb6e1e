import type { TradeScene } from "./scene.ts";

/** Every mark of a scene, with the key the markup and the updater match it by. */
function marksOf(scene: TradeScene): { key: string; isVisible: boolean }[] {
  return [
    ...scene.yTicks.map((tick) => ({ key: `y:${tick.key}`, isVisible: tick.isVisible })),
    ...scene.xTicks.map((tick) => ({ key: `x:${tick.key}`, isVisible: tick.isVisible })),
    ...scene.rules.map((rule) => ({ key: `r:${rule.key}`, isVisible: rule.isVisible })),
    ...scene.texts.map((text) => ({ key: `t:${text.key}`, isVisible: text.isVisible })),
    ...scene.bars.map((bar) => ({ key: `b:${bar.seriesKey}-${bar.key}`, isVisible: bar.isVisible })),
    ...scene.series.flatMap((series) => [
      ...series.segments.map((segment) => ({ key: `s:${segment.key}`, isVisible: segment.isVisible })),
      ...series.points.map((point) => ({ key: `p:${point.key}`, isVisible: point.isVisible })),
    ]),
  ];
}

/** The marks that any of the scenes shows. */
export function shownMarks(scenes: readonly TradeScene[]): Set<string> {
  return new Set(
    scenes.flatMap((scene) =>
      marksOf(scene)
        .filter((mark) => mark.isVisible)
        .map((mark) => mark.key),
    ),
  );
}

/**
 * The scene without the marks no state of a figure ever shows: a figure that only moves between
 * some states (a section's steps) carries no nodes, and no frame data, for the others.
 */
export function pruneScene(scene: TradeScene, keep: ReadonlySet<string>): TradeScene {
  const has = (prefix: string, key: string) => keep.has(`${prefix}:${key}`);
  return {
    ...scene,
    yTicks: scene.yTicks.filter((tick) => has("y", tick.key)),
    xTicks: scene.xTicks.filter((tick) => has("x", tick.key)),
    rules: scene.rules.filter((rule) => has("r", rule.key)),
    texts: scene.texts.filter((text) => has("t", text.key)),
    bars: scene.bars.filter((bar) => has("b", `${bar.seriesKey}-${bar.key}`)),
    series: scene.series.map((series) => ({
      ...series,
      segments: series.segments.filter((segment) => has("s", segment.key)),
      points: series.points.filter((point) => has("p", point.key)),
    })),
  };
}
