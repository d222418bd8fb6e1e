import { timer, type Timer } from "d3-timer";

/**
 * Attribute tweens for the marks a chart moves (a line's path, a group's translate, a bar's
 * width): the numbers inside each value run from the drawn one to the target, on D3's shared
 * frame timer with d3-transition's default easing. What d3-transition did for these marks,
 * without its selections, colour parsing and events: those were half of the page's script, and
 * d3-interpolate and d3-ease cannot be loaded without their colour and easing tables (issue #24).
 */

/** A number as SVG writes it: sign, digits, fraction, exponent. */
const numberPattern = /[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?/g;

/** d3-ease's `easeCubicInOut`, d3-transition's default: slow out, quick through, slow in. */
export function easeCubicInOut(t: number): number {
  return ((t *= 2) <= 1 ? t * t * t : (t -= 2) * t * t + 2) / 2;
}

/**
 * The value between `from` and `to` at `t` (0 to 1): each number of `to` runs from the number at
 * the same place in `from` (a number `from` lacks stays put), the rest is `to`'s own text.
 */
export function interpolateNumbers(from: string, to: string): (t: number) => string {
  const starts = (from.match(numberPattern) ?? []).map(Number);
  const ends = [...to.matchAll(numberPattern)];
  const texts = to.split(numberPattern);
  const runs = ends.map((match, index) => {
    const end = Number(match[0]);
    const start = starts[index] ?? end;
    return (t: number) => start * (1 - t) + end * t;
  });
  return (t) => texts.map((text, index) => text + (runs[index]?.(t) ?? "")).join("");
}

/** The tween running on each node: one at a time, so a new one or an interrupt ends the old where it is. */
const running = new Map<Element, Timer>();

/** Stops `node`'s tween where it is (its attributes keep the values drawn last). */
export function interruptTween(node: Element): void {
  running.get(node)?.stop();
  running.delete(node);
}

/** Stops every tween on `root` and the nodes inside it. */
export function interruptTweensWithin(root: Element): void {
  for (const node of [...running.keys()]) if (root.contains(node)) interruptTween(node);
}

/**
 * Tweens `node`'s attributes to `target` over `duration` ms, from the values drawn now, number
 * by number in order (the build gives every state's value of a mark the same shape: a path the
 * same commands, a translate two numbers); each ends exactly as written in `target`.
 */
export function tweenAttributes(
  node: Element,
  target: Readonly<Record<string, string | number>>,
  duration: number,
): void {
  interruptTween(node);
  const tweens = Object.entries(target).map(([name, value]) => ({
    name,
    end: String(value),
    at: interpolateNumbers(node.getAttribute(name) ?? "", String(value)),
  }));
  const ticking = timer((elapsed) => {
    const progress = Math.min(1, elapsed / duration);
    const eased = easeCubicInOut(progress);
    for (const { name, end, at } of tweens) node.setAttribute(name, progress === 1 ? end : at(eased));
    if (progress === 1) interruptTween(node);
  });
  running.set(node, ticking);
}
