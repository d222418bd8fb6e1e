import type { Viewport } from "./types.ts";

/** A phone held upright (iPhone 12 to 15 class). */
export const phone: Viewport = { width: 390, height: 844 };
/** A laptop or desktop browser window. */
export const desktop: Viewport = { width: 1440, height: 900 };
