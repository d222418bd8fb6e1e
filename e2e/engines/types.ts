/** Size of the browser's layout viewport, in CSS px. */
export interface Viewport {
  width: number;
  height: number;
}

/** How a browser is started: what a reader's settings would change before the page loads. */
export interface Profile {
  /** The system asks for reduced motion (`prefers-reduced-motion: reduce`). */
  isReducedMotion: boolean;
  /** Page scripts run. False plays a reader with JavaScript off (`scripting: none`). */
  isJavaScriptEnabled: boolean;
}

/** A page function: serialised and run in the page, so it may use only its own arguments. */
export type PageFunction<Args extends unknown[], Result> = (...args: Args) => Result;

/**
 * One browser tab, driven the way a reader uses it. Each driver (puppeteer-core, WebdriverIO)
 * implements these few primitives; everything a scenario does is built on them.
 */
export interface Tab {
  /** Navigates and waits for the load event. */
  goto(url: string): Promise<void>;
  /** Reloads and waits for the load event. */
  reload(): Promise<void>;
  /** Runs `fn` in the top page and returns its (JSON-serialisable) result. */
  evaluate<Args extends unknown[], Result>(fn: PageFunction<Args, Result>, ...args: Args): Promise<Result>;
  /** Runs `fn` in the document of the iframe matched by `frameSelector`, even cross-origin. */
  evaluateInFrame<Args extends unknown[], Result>(
    frameSelector: string,
    fn: PageFunction<Args, Result>,
    ...args: Args
  ): Promise<Result>;
  /** Turns the mouse wheel by `deltaY` px over a point of the page (positive: down). */
  wheel(deltaY: number): Promise<void>;
  /** Presses and releases one key (a KeyboardEvent `key` name) in the focused element. */
  press(key: "ArrowRight" | "ArrowLeft"): Promise<void>;
  /** Clicks the `index`-th element matching `selector` with the mouse, as a reader would. */
  click(selector: string, index?: number): Promise<void>;
  /** Resizes the layout viewport (fires `resize` in the page). */
  setViewport(viewport: Viewport): Promise<void>;
  /** Saves a PNG of the viewport, or of the first element matching `selector`. */
  screenshot(path: string, selector?: string): Promise<void>;
  /** Errors the driver itself saw since the last call (uncaught errors, console errors), then forgets them. */
  takeDriverErrors(): string[];
  close(): Promise<void>;
}

/** A browser engine, reached through one driver. */
export interface EngineDriver {
  /** Engine name used on the command line (`--engine firefox`). */
  readonly name: string;
  /** Opens a fresh tab with `profile` at `viewport`. */
  open(profile: Profile, viewport: Viewport): Promise<Tab>;
  /** Product and version, for the report (known after the first `open`). */
  version(): string;
  /** Closes every browser and helper process the driver started. */
  dispose(): Promise<void>;
}

/** What a scenario gets to work with. */
export interface ScenarioContext {
  tab: Tab;
  /** Origin of the story site (production build), e.g. `http://127.0.0.1:43121`. */
  site: string;
  /** Origin of the cross-origin host page server. */
  host: string;
}

/** One reader scenario, written once and run in every engine. */
export interface Scenario {
  name: string;
  profile: Profile;
  /** Viewport the tab opens at (a scenario may resize later). */
  viewport: Viewport;
  run(context: ScenarioContext): Promise<void>;
}
