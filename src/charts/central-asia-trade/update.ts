import { prefersReducedMotion } from "../../scrolly/prefersReducedMotion.ts";
import { drawInstantly, loadFrames, type ChartController, type ShowOptions } from "../shared/chartController.ts";
import type { ChartSize } from "./layout/dimensions.ts";
import type { TradeScene } from "./layout/scene.ts";
import { drawScene } from "./drawScene.ts";
import { tradeSvg } from "./render/tradeSvg.ts";
import { drawTradeScrub, scrubYearsWithin } from "./scrubTrade.ts";
import { scrubValueAt, type ScrubRange } from "../shared/scrubRange.ts";
import { interruptTweensWithin } from "../shared/tweenAttributes.ts";

/** One state's drawings, as the build wrote them: at one size in a size's file (both in tests). */
export interface TradeFrame {
  stateId: string;
  scenes: Partial<Record<ChartSize, TradeScene>>;
  /** Accessible name of the chart, for a redrawn SVG. */
  title: string;
}

/** From this figure width the wide drawing fits (the compact one would blow its text past 17 px). */
const wideFrom = 680;

/**
 * The trade frames, one file per size (pages/frames): a size's file is fetched the first time the
 * figure draws at that size, so a phone never downloads the wide frames.
 */
function framesBySize(figure: HTMLElement) {
  const loaded = new Map<ChartSize, ReadonlyMap<string, TradeFrame>>();
  const pending = new Map<ChartSize, Promise<ReadonlyMap<string, TradeFrame>>>();
  return {
    /** The frames of `size`, if fetched already. */
    of: (size: ChartSize) => loaded.get(size),
    /** Fetches the frames of `size` (once). */
    load(size: ChartSize): Promise<ReadonlyMap<string, TradeFrame>> {
      const started =
        pending.get(size) ??
        loadFrames<TradeFrame>(figure, size).then((frames) => {
          loaded.set(size, frames);
          return frames;
        });
      pending.set(size, started);
      return started;
    },
  };
}

/** Draws `scene` onto `current`: tweened, or at once (as asked, or for reduced motion). */
function drawState(figure: HTMLElement, current: SVGSVGElement, scene: TradeScene, isInstant: boolean): void {
  // Asked at every change, so a reader who switches the setting mid-story is respected at once.
  const isAnimated = !isInstant && !prefersReducedMotion();
  if (isAnimated) return drawScene(current, scene, true);
  // A transition still running would go on tweening to the state before and end there.
  interruptTweensWithin(current);
  drawInstantly(figure, () => drawScene(current, scene, false));
}

/** Replaces the drawing in `holder` with `frame` at `scene`'s size (the same markup, redrawn). */
function replaceDrawing(holder: HTMLElement, frame: TradeFrame, scene: TradeScene): void {
  interruptTweensWithin(holder);
  holder.innerHTML = tradeSvg(scene, {
    idPrefix: holder.dataset.idPrefix ?? "trade",
    title: frame.title,
    isDecorative: holder.hasAttribute("data-decorative"),
  });
}

const sizeOf = (current: SVGSVGElement): ChartSize => (current.dataset.size === "wide" ? "wide" : "compact");

/**
 * The trade chart in the browser: its nodes moved, matched by key, to each state's precomputed
 * scene. The page carries one drawing; when the figure is too wide or too narrow for it, the
 * same markup is redrawn at the other size (render/tradeSvg.ts), once that size's frames are in.
 * Browser only: no scale, shape or layout code, since the build already computed every scene.
 */
class TradeChart implements ChartController {
  readonly stateIds: readonly string[];
  private drawn: string;
  /** The scrub drawn now: a year of the state drawn, or none (the state whole). */
  private scrubbed: number | undefined;
  private readonly observer = new ResizeObserver(() => this.redraw(this.sizeFor()));
  private readonly figure: HTMLElement;
  private readonly holder: HTMLElement;
  private readonly sizes: ReturnType<typeof framesBySize>;

  constructor(
    figure: HTMLElement,
    holder: HTMLElement,
    sizes: ReturnType<typeof framesBySize>,
    first: ReadonlyMap<string, TradeFrame>,
  ) {
    this.figure = figure;
    this.holder = holder;
    this.sizes = sizes;
    this.stateIds = [...first.keys()];
    this.drawn = figure.dataset.state ?? "";
    this.observer.observe(holder);
    this.redraw(this.sizeFor());
  }

  sizeFor(): ChartSize {
    return this.holder.getBoundingClientRect().width >= wideFrom ? "wide" : "compact";
  }

  private svg(): SVGSVGElement | null {
    return this.holder.querySelector<SVGSVGElement>("svg");
  }

  /** The scene of `stateId` at the size drawn now (whose frames are always in). */
  private sceneAt(current: SVGSVGElement | null, stateId = this.drawn): TradeScene | undefined {
    return current ? this.sizes.of(sizeOf(current))?.get(stateId)?.scenes[sizeOf(current)] : undefined;
  }

  show(stateId: string, options: ShowOptions = {}): void {
    const current = this.svg();
    if (!current) throw new Error("The trade chart has no SVG.");
    const scene = this.sceneAt(current, stateId);
    if (!scene) throw new Error(`The trade chart has no frame for state "${stateId}".`);
    if (stateId === this.drawn) return;
    if (this.scrubbed !== undefined) this.drawScrub(undefined);
    drawState(this.figure, current, scene, options.isInstant ?? false);
    this.figure.dataset.state = stateId;
    this.drawn = stateId;
  }

  announcement(): string {
    return this.sceneAt(this.svg())?.announcement ?? "";
  }

  scrub(stateId: string, range: ScrubRange | undefined, progress: number): number | undefined {
    if (stateId !== this.drawn) this.show(stateId, { isInstant: true });
    const scene = this.sceneAt(this.svg());
    const year = range && scene ? scrubValueAt(scrubYearsWithin(scene, range.from, range.to), progress) : undefined;
    // The range's last year is the state itself, drawn whole with its own labels.
    const target = year === undefined || year === range?.to ? undefined : year;
    if (target !== this.scrubbed) this.drawScrub(target);
    return year;
  }

  private drawScrub(year: number | undefined): void {
    const current = this.svg();
    const scene = this.sceneAt(current);
    if (current && scene) drawTradeScrub(this.figure, current, scene, year);
    this.scrubbed = year;
  }

  private redraw(size: ChartSize): void {
    const current = this.svg();
    if (!current || sizeOf(current) === size) return;
    const frames = this.sizes.of(size);
    if (!frames) {
      // That size's frames are not in yet: fetch them, then look again (the width may have moved on).
      this.sizes.load(size).then(
        () => this.redraw(this.sizeFor()),
        (error: unknown) => console.error(`The trade chart's ${size} frames did not load; it keeps its size.`, error),
      );
      return;
    }
    const frame = frames.get(this.drawn);
    const scene = frame?.scenes[size];
    if (!frame || !scene) return;
    replaceDrawing(this.holder, frame, scene);
    // The new drawing is the state whole: draw the scrub again where one was under way.
    if (this.scrubbed !== undefined) this.drawScrub(this.scrubbed);
  }

  destroy(): void {
    this.observer.disconnect();
    const current = this.svg();
    if (current) interruptTweensWithin(current);
  }
}

/** Adopts the server-rendered trade chart inside `figure`, once the frames of its size are in. */
export async function attachTradeChart(figure: HTMLElement): Promise<ChartController> {
  const holder = figure.querySelector<HTMLElement>(".trade-chart");
  if (!holder) throw new Error("The trade figure has no .trade-chart holder.");
  const sizes = framesBySize(figure);
  const wide = holder.getBoundingClientRect().width >= wideFrom;
  const first = await sizes.load(wide ? "wide" : "compact");
  return new TradeChart(figure, holder, sizes, first);
}
