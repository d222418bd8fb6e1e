/** True when the reader asked the system for less motion: no transitions, no smooth scrolling. */
export function prefersReducedMotion(): boolean {
  return window.matchMedia("(prefers-reduced-motion: reduce)").matches;
}
