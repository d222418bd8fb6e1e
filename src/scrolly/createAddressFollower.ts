/**
 * How long the reader stays put before the address names the step being read. Shorter than a
 * glance at the address bar, longer than the gap between two steps in a quick scroll.
 */
export const addressSettleMs = 300;

/** The address of one section, kept on the step being read. */
export interface AddressFollower {
  /** Something moved (a step event, a resize…): look again once the reader has settled. */
  wake(): void;
  destroy(): void;
}

/**
 * Keeps the address on the step being read (`#step-id`, by replaceState: no history entry per
 * step), once the reader has settled on it. Each `wake` restarts a short timer; when it runs out
 * the follower looks at the scroll position, and only once it is where it was one delay earlier
 * (the page has stopped) does it ask `idUnderTrigger` (which reads the layout) and write the
 * address. So a quick scroll through ten steps writes the address once, when it stops, not ten
 * times: each replaceState is a same-document navigation (the browser even decodes and draws
 * the page's icon again), and a layout read right after a chart has changed forces that
 * change's style and layout at once.
 */
export function createAddressFollower(
  idUnderTrigger: () => string | undefined,
  delayMs = addressSettleMs,
): AddressFollower {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastY = Number.NaN;

  function follow(): void {
    timer = undefined;
    const y = window.scrollY;
    if (y !== lastY) {
      lastY = y;
      timer = setTimeout(follow, delayMs);
      return;
    }
    const id = idUnderTrigger();
    if (id && window.location.hash !== `#${id}`) window.history.replaceState(window.history.state, "", `#${id}`);
  }

  return {
    wake() {
      clearTimeout(timer);
      lastY = Number.NaN;
      timer = setTimeout(follow, delayMs);
    },
    destroy() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
