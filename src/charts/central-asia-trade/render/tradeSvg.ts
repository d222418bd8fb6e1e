import { chartSvg, element, escapeXml, type Attributes } from "../../shared/svg.ts";
import { chartDimensions } from "../layout/dimensions.ts";
import type { TextMark, TradeScene } from "../layout/scene.ts";
import {
  barAttributes,
  barParts,
  caretPath,
  lineBaselines,
  pointAttributes,
  ruleAttributes,
  segmentAttributes,
  textAttributes,
  tickAttributes,
  tickParts,
  type MarkAttributes,
} from "./marks.ts";

/** Both halves of a mark's attributes, as one set for markup. */
const all = ({ instant, animated }: MarkAttributes): Attributes => ({ ...instant, ...animated });

/** Options of {@link tradeSvg}. */
export interface TradeSvgOptions {
  /** Unique prefix for the ids inside this SVG. */
  idPrefix: string;
  /** Accessible name of the chart. */
  title: string;
  /** Hidden from assistive technology where the surrounding text carries the meaning. */
  isDecorative?: boolean;
  /** Extra attributes on the root (a standalone file's xmlns and size). */
  root?: Attributes;
  /** Markup to put first inside the root (a standalone file's styles). */
  head?: string;
}

function textLines(text: TextMark, scene: TradeScene): string[] {
  const baselines = lineBaselines(scene, text.lines.length);
  return text.lines.map((line, index) => element("tspan", { x: 0, y: baselines[index] }, escapeXml(line)));
}

function ticks(scene: TradeScene): string {
  const axis = (name: "x" | "y", list: TradeScene["xTicks"]) => {
    const parts = tickParts(scene, name);
    return list.map((tick) =>
      element("g", { "data-tick": name, "data-key": tick.key, ...all(tickAttributes(tick, name)) }, [
        element("line", parts.line),
        element("text", parts.label, escapeXml(tick.label)),
      ]),
    );
  };
  return element("g", { class: "trade-ticks", "aria-hidden": "true" }, [
    ...axis("y", scene.yTicks),
    ...axis("x", scene.xTicks),
  ]);
}

function series(scene: TradeScene): string[] {
  const sizes = chartDimensions[scene.size].markers;
  return scene.series.map((line) =>
    element(
      "g",
      { class: "trade-series", "data-series": true, "data-key": line.key, "data-visible": String(line.isVisible) },
      [
        ...line.segments.map((segment) =>
          element("path", {
            "data-segment": true,
            "data-key": segment.key,
            "data-basis": segment.basis,
            "data-dashed": segment.isDashed ? "true" : undefined,
            ...all(segmentAttributes(segment)),
          }),
        ),
        ...line.points.map((point) => {
          const half = sizes.comparison / 2;
          const shape =
            point.kind === "comparison"
              ? element("rect", {
                  x: -half,
                  y: -half,
                  width: sizes.comparison,
                  height: sizes.comparison,
                  transform: "rotate(45)",
                })
              : element("circle", { r: point.kind === "focus" ? sizes.focus : sizes.point });
          const caret = point.kind === "lower-bound" ? element("path", { d: caretPath(scene) }) : "";
          return element(
            "g",
            {
              "data-point": true,
              "data-key": point.key,
              "data-kind": point.kind,
              "data-bound": point.kind === "lower-bound" ? "lower" : undefined,
              ...all(pointAttributes(point)),
            },
            [shape, caret],
          );
        }),
      ],
    ),
  );
}

function bars(scene: TradeScene): string {
  return element(
    "g",
    { class: "trade-bars" },
    scene.bars.map((bar) => {
      const parts = barParts(bar);
      return element(
        "g",
        {
          "data-bar": true,
          "data-key": bar.key,
          "data-series-key": bar.seriesKey,
          "data-missing": bar.isMissing ? "true" : undefined,
          ...all(barAttributes(bar)),
        },
        [
          element("rect", { width: parts.width, height: bar.height }),
          element("text", { x: parts.labelX, y: bar.height / 2, dy: "0.35em" }, escapeXml(bar.label)),
        ],
      );
    }),
  );
}

function texts(scene: TradeScene): string {
  return element(
    "g",
    { class: "trade-texts" },
    scene.texts.map((text) =>
      element(
        "text",
        {
          "data-text": true,
          "data-key": text.key,
          "data-tone": text.tone,
          "data-strong": text.isStrong ? "true" : undefined,
          ...all(textAttributes(text)),
        },
        textLines(text, scene),
      ),
    ),
  );
}

/**
 * What a scrubbing step moves (update.ts, scrubTrade.ts): a clip that reveals the lines and
 * rules up to a year, and the readout of that year's figures, hidden until a scrub starts.
 */
function reveal(scene: TradeScene, idPrefix: string, marks: string[]): string[] {
  if (!scene.scrub) return marks;
  const clipId = `${idPrefix}-reveal`;
  const { at } = scene.scrub;
  const lines = Math.max(...Object.values(scene.scrub.readout).map((readout) => readout.length)) + 1;
  return [
    element("clipPath", { id: clipId }, [
      element("rect", { "data-role": "reveal", x: 0, y: 0, width: scene.width, height: scene.height }),
    ]),
    element("g", { class: "trade-reveal", "clip-path": `url(#${clipId})` }, marks),
    element(
      "text",
      { class: "trade-scrub-readout", "data-role": "scrub-readout", "aria-hidden": "true" },
      Array.from({ length: lines }, (_, index) =>
        element("tspan", { x: at.x, y: at.y + index * scene.lineHeight }, ""),
      ),
    ),
  ];
}

/**
 * The SVG markup of one scene: every keyed mark of every state, this scene's geometry and
 * visibility. The page draws it at build time; the browser redraws it when the figure changes
 * size, then moves the same nodes from state to state (update.ts).
 */
export function tradeSvg(scene: TradeScene, options: TradeSvgOptions): string {
  const { idPrefix, title, isDecorative = false } = options;
  const rules = element(
    "g",
    { class: "trade-rules" },
    scene.rules.map((rule) =>
      element("line", { "data-rule": true, "data-key": rule.key, ...all(ruleAttributes(rule)) }),
    ),
  );
  return chartSvg(
    {
      attributes: { class: "trade-svg", "data-size": scene.size },
      width: scene.width,
      height: scene.height,
      idPrefix,
      title,
      description: scene.description,
      isDecorative,
      root: options.root,
      head: options.head,
    },
    [ticks(scene), ...reveal(scene, idPrefix, [rules, ...series(scene)]), bars(scene), texts(scene)],
  );
}
