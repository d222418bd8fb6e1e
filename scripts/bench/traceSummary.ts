import type { TraceEvent } from "./chromeTrace.ts";

/** What the page's main thread spent a frame on (self time of the trace's events, by kind). */
export type MainCategory = "script" | "gc" | "style" | "layout" | "paint" | "commit" | "observers" | "other";

/** The threads that make a frame: the page's main thread, its compositor, its raster workers, viz/GPU. */
export type ThreadGroup = "main" | "compositor" | "raster" | "viz/gpu";

/** Where the time went in a set of frames, in ms. */
export interface FrameBreakdown {
  /** Frames in the set, and their total length. */
  frames: number;
  spanMs: number;
  /** Main-thread frames (BeginMainFrame) and compositor frames drawn (DrawFrame) in the set. */
  mainFrames: number;
  drawnFrames: number;
  /** Busy time of each thread group. */
  threads: Record<ThreadGroup, number>;
  /** Main-thread time by kind. */
  main: Record<MainCategory, number>;
  /** Main-thread script, GC and forced style/layout, by the function (or event) that ran it. */
  scriptBySource: { source: string; ms: number; forcedStyleLayoutMs: number }[];
  /** Main-thread time not in a known kind, by event name. */
  otherByName: { name: string; ms: number }[];
  /** Paint (recording, main thread): events and time by painted node (`#document` is the whole page). */
  paint: { events: number; byNode: { node: string; ms: number; events: number }[] };
  /** Raster (worker threads): tiles and time, tiles by layer id. */
  raster: { tiles: number; ms: number; tilesByLayer: { layerId: string; tiles: number }[] };
}

/** A trace cut at the slow frames and over the whole scroll. */
export interface TraceSummary {
  slow: FrameBreakdown;
  all: FrameBreakdown;
}

const mainKinds: [RegExp, MainCategory][] = [
  [/^(MinorGC|MajorGC|V8\.GC|BlinkGC|CppGC)/, "gc"],
  [
    /^(FunctionCall|EvaluateScript|EventDispatch|TimerFire|FireAnimationFrame|FireIdleCallback|RunMicrotasks|BlinkScheduler_PerformMicrotaskCheckpoint|v8\.|V8\.|Compile|ParseFunction)/,
    "script",
  ],
  [
    /^(UpdateLayoutTree|RecalculateStyles|ParseAuthorStyleSheet|LocalFrameView::RunStyleAndLayoutLifecyclePhases)/,
    "style",
  ],
  [/^(Layout|LocalFrameView::(layout|performLayout|performPostLayoutTasks))$/, "layout"],
  [
    /^(Paint|PrePaint|PaintImage|Layerize|UpdateLayer|CullRectUpdate|PaintController|PaintArtifactCompositor|LocalFrameView::Run(Paint|PrePaint|CompositingInputs)LifecyclePhase)/,
    "paint",
  ],
  [/^(Commit|ProxyMain::BeginMainFrame::commit|LayerTreeHost::|ScrollLayer)/, "commit"],
  [
    /^(IntersectionObserverController|LocalFrameView::UpdateViewportIntersectionsForSubtree|LocalFrameView::NotifyResizeObservers)/,
    "observers",
  ],
];

const kindOf = (name: string): MainCategory => mainKinds.find(([pattern]) => pattern.test(name))?.[1] ?? "other";

/** A stretch of one event's own time (its children excluded), with the script that was running. */
interface Segment {
  event: TraceEvent;
  from: number;
  to: number;
  script?: string;
}

const fileOf = (url: unknown) => String(url ?? "").replace(/^.*\//, "") || "(page or bench)";

/** The script an event stands for: a function call, an event dispatch, a timer, a frame callback. */
function scriptLabel(event: TraceEvent): string | undefined {
  const data = event.args?.data ?? {};
  if (event.name === "FunctionCall")
    return `${String(data.functionName || "(anonymous)")} ${fileOf(data.url)}:${data.lineNumber}:${data.columnNumber}`;
  if (event.name === "EventDispatch") return `"${String(data.type)}" listeners`;
  if (event.name === "TimerFire") return "timer";
  if (event.name === "FireAnimationFrame") return "animation-frame callbacks";
  if (event.name === "EvaluateScript") return `evaluate ${fileOf(data.url)}`;
  if (event.name === "RunMicrotasks") return "microtasks";
  return undefined;
}

/** Cuts one thread's complete events into self-time segments (each nested event's time goes to it, not its parent). */
function selfSegments(events: TraceEvent[]): Segment[] {
  const sorted = events
    .filter((event) => event.ph === "X" && event.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const segments: Segment[] = [];
  const stack: { event: TraceEvent; end: number; cursor: number; script?: string }[] = [];
  const emit = (entry: (typeof stack)[number], to: number) => {
    if (to > entry.cursor) segments.push({ event: entry.event, from: entry.cursor, to, script: entry.script });
  };
  const closeUntil = (time: number) => {
    for (let top = stack.at(-1); top && top.end <= time; top = stack.at(-1)) {
      emit(top, top.end);
      stack.pop();
      const parent = stack.at(-1);
      if (parent) parent.cursor = top.end;
    }
  };
  for (const event of sorted) {
    closeUntil(event.ts);
    const parent = stack.at(-1);
    if (parent) {
      emit(parent, event.ts);
      parent.cursor = event.ts;
    }
    const end = Math.min(event.ts + (event.dur ?? 0), parent?.end ?? Infinity);
    stack.push({ event, end, cursor: event.ts, script: scriptLabel(event) ?? parent?.script });
  }
  closeUntil(Infinity);
  return segments;
}

/** How much of [from, to] lies in the sorted, disjoint `spans`. */
function overlap(spans: readonly [number, number][], from: number, to: number): number {
  let low = 0;
  let high = spans.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((spans[middle]?.[1] ?? 0) <= from) low = middle + 1;
    else high = middle;
  }
  let total = 0;
  for (let index = low; index < spans.length; index += 1) {
    const [start, end] = spans[index] ?? [0, 0];
    if (start >= to) break;
    total += Math.max(0, Math.min(end, to) - Math.max(start, from));
  }
  return total;
}

/** The node a Paint event painted (`#document`: the page's own paint, every layer of it). */
function paintedNode(event: TraceEvent): string {
  const data = event.args?.data ?? {};
  return `${String(data.nodeName ?? "?")} #${String(data.nodeId ?? "?")}`;
}

const inSpans = (spans: readonly [number, number][], time: number) => overlap(spans, time, time + 1e-3) > 0;

function top<T extends { ms: number }>(map: Map<string, T>, count: number): T[] {
  return [...map.values()].sort((a, b) => b.ms - a.ms).slice(0, count);
}

/** The main thread's frames and Paint events inside `spans` (their time is added with the segments). */
function countFramesAndPaints(
  events: readonly TraceEvent[],
  spans: [number, number][],
  result: FrameBreakdown,
  painted: Map<string, { node: string; ms: number; events: number }>,
): void {
  for (const event of events) {
    if (!inSpans(spans, event.ts)) continue;
    if (event.name === "ProxyMain::BeginMainFrame") result.mainFrames += 1;
    if (event.name !== "Paint") continue;
    result.paint.events += 1;
    const entry = painted.get(paintedNode(event)) ?? { node: paintedNode(event), ms: 0, events: 0 };
    entry.events += 1;
    painted.set(entry.node, entry);
  }
}

/** The raster workers' tiles inside `spans`, by layer, and their time. */
function countRasterTiles(
  events: readonly TraceEvent[],
  spans: [number, number][],
  result: FrameBreakdown,
  tiles: Map<string, { layerId: string; tiles: number }>,
): void {
  for (const event of events) {
    if (event.name !== "RasterTask" || !inSpans(spans, event.ts)) continue;
    const layerId = String((event.args?.tileData as { layerId?: number } | undefined)?.layerId ?? "?");
    const entry = tiles.get(layerId) ?? { layerId, tiles: 0 };
    entry.tiles += 1;
    tiles.set(layerId, entry);
    result.raster.tiles += 1;
    result.raster.ms += (event.dur ?? 0) / 1000;
  }
}

/** Adds up the trace's time inside `spans` (µs, trace clock), by thread group, main-thread kind, script and painted node. */
function breakdown(
  segmentsByGroup: Map<ThreadGroup, Segment[]>,
  eventsByGroup: Map<ThreadGroup, TraceEvent[]>,
  instants: TraceEvent[],
  spans: [number, number][],
): FrameBreakdown {
  const ms = (us: number) => us / 1000;
  const result: FrameBreakdown = {
    frames: spans.length,
    spanMs: ms(spans.reduce((sum, [start, end]) => sum + end - start, 0)),
    mainFrames: 0,
    drawnFrames: instants.filter((event) => event.name === "DrawFrame" && inSpans(spans, event.ts)).length,
    threads: { main: 0, compositor: 0, raster: 0, "viz/gpu": 0 },
    main: { script: 0, gc: 0, style: 0, layout: 0, paint: 0, commit: 0, observers: 0, other: 0 },
    scriptBySource: [],
    otherByName: [],
    paint: { events: 0, byNode: [] },
    raster: { tiles: 0, ms: 0, tilesByLayer: [] },
  };
  const scripts = new Map<string, FrameBreakdown["scriptBySource"][number]>();
  const others = new Map<string, { name: string; ms: number }>();
  const painted = new Map<string, { node: string; ms: number; events: number }>();
  const tiles = new Map<string, { layerId: string; tiles: number }>();
  countFramesAndPaints(eventsByGroup.get("main") ?? [], spans, result, painted);
  countRasterTiles(eventsByGroup.get("raster") ?? [], spans, result, tiles);
  for (const [group, segments] of segmentsByGroup) {
    for (const { event, from, to, script } of segments) {
      const time = ms(overlap(spans, from, to));
      if (time === 0) continue;
      result.threads[group] += time;
      if (group !== "main") continue;
      const kind = kindOf(event.name);
      result.main[kind] += time;
      if (kind === "script" || kind === "gc" || (script && (kind === "style" || kind === "layout"))) {
        const source = script ?? "(no script context)";
        const entry = scripts.get(source) ?? { source, ms: 0, forcedStyleLayoutMs: 0 };
        entry.ms += time;
        if (kind === "style" || kind === "layout") entry.forcedStyleLayoutMs += time;
        scripts.set(source, entry);
      }
      if (kind === "other") {
        const entry = others.get(event.name) ?? { name: event.name, ms: 0 };
        entry.ms += time;
        others.set(event.name, entry);
      }
      if (event.name === "Paint") {
        const entry = painted.get(paintedNode(event)) ?? { node: paintedNode(event), ms: 0, events: 0 };
        entry.ms += time;
        painted.set(entry.node, entry);
      }
    }
  }
  result.scriptBySource = top(scripts, 12);
  result.otherByName = top(others, 8);
  result.paint.byNode = top(painted, 8);
  result.raster.tilesByLayer = [...tiles.values()].sort((a, b) => b.tiles - a.tiles).slice(0, 8);
  return result;
}

/**
 * Breaks a trace of a scroll test down, for its slow frames and for all its frames: which
 * threads were busy, what the page's main thread did (script by function, style, layout, paint,
 * commit), what was painted and how many tiles were rastered. `slowFrameSpans` and `windowMs` are
 * in ms after the `mark` performance mark (scrollTest.ts), which the trace also holds.
 */
export function summarizeTrace(
  events: readonly TraceEvent[],
  slowFrameSpans: readonly [number, number][],
  windowMs: [number, number],
  mark = "bench-scroll-start",
): TraceSummary {
  const markEvent = events.find((event) => event.name === mark && event.cat.includes("user_timing"));
  if (!markEvent) throw new Error(`The trace has no "${mark}" mark: was the page traced during the scroll?`);
  const toSpan = ([start, end]: readonly [number, number]): [number, number] => [
    markEvent.ts + start * 1000,
    markEvent.ts + end * 1000,
  ];
  const names = new Map<string, string>();
  const processes = new Map<number, string>();
  for (const event of events) {
    if (event.name === "thread_name") names.set(`${event.pid}:${event.tid}`, String(event.args?.name));
    if (event.name === "process_name") processes.set(event.pid, String(event.args?.name));
  }
  const groupOf = (event: TraceEvent): ThreadGroup | undefined => {
    if (processes.get(event.pid) === "GPU Process") return "viz/gpu";
    if (event.pid !== markEvent.pid) return undefined;
    if (event.tid === markEvent.tid) return "main";
    const thread = names.get(`${event.pid}:${event.tid}`) ?? "";
    if (thread === "Compositor") return "compositor";
    return /Worker|Raster/.test(thread) ? "raster" : undefined;
  };
  const byThread = new Map<string, { group: ThreadGroup; events: TraceEvent[] }>();
  const instants: TraceEvent[] = [];
  for (const event of events) {
    if (event.ph === "I" || event.ph === "i") instants.push(event);
    const group = groupOf(event);
    if (!group || event.ph !== "X") continue;
    const key = `${event.pid}:${event.tid}`;
    const entry = byThread.get(key) ?? { group, events: [] };
    entry.events.push(event);
    byThread.set(key, entry);
  }
  const segmentsByGroup = new Map<ThreadGroup, Segment[]>();
  const eventsByGroup = new Map<ThreadGroup, TraceEvent[]>();
  for (const { group, events: threadEvents } of byThread.values()) {
    segmentsByGroup.set(group, [...(segmentsByGroup.get(group) ?? []), ...selfSegments(threadEvents)]);
    eventsByGroup.set(group, [...(eventsByGroup.get(group) ?? []), ...threadEvents]);
  }
  return {
    slow: breakdown(segmentsByGroup, eventsByGroup, instants, slowFrameSpans.map(toSpan)),
    all: breakdown(segmentsByGroup, eventsByGroup, instants, [toSpan(windowMs)]),
  };
}

/** Rows for `console.table`: each kind of work, in all the slow frames and per frame (slow, and over the whole scroll). */
export function traceSummaryRows(summary: TraceSummary, frames: number): Record<string, string | number>[] {
  const { slow, all } = summary;
  const row = (what: string, inSlow: number, inAll: number) => ({
    "": what,
    "slow frames, ms": Math.round(inSlow),
    "per slow frame, ms": slow.frames ? (inSlow / slow.frames).toFixed(1) : "",
    "per frame (all), ms": frames ? (inAll / frames).toFixed(1) : "",
  });
  return [
    row("frame length", slow.spanMs, all.spanMs),
    ...(Object.keys(all.main) as MainCategory[]).map((kind) => row(`main: ${kind}`, slow.main[kind], all.main[kind])),
    ...(Object.keys(all.threads) as ThreadGroup[]).map((group) =>
      row(`thread: ${group}`, slow.threads[group], all.threads[group]),
    ),
  ];
}
