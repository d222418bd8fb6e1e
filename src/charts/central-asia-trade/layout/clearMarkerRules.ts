import type { Box } from "../../shared/boxes.ts";
import { round } from "../../shared/round.ts";
import type { RuleMark, TextMark } from "./scene.ts";
import { textBox } from "./textBoxes.ts";

/** Room a rule keeps from a label it would otherwise run through. */
const clearance = 3;

/**
 * Shortens each dated event's rule so that it runs through no label but its own: the rule keeps
 * the stretch beside its own label and reaches from there towards the axis and the top only as
 * far as the nearest other label in its path. Runs once every label of the state is placed.
 */
export function clearMarkerRules(
  rules: readonly RuleMark[],
  texts: readonly TextMark[],
  fontSize: number,
  lineHeight: number,
): RuleMark[] {
  const boxes = texts
    .filter((text) => text.isVisible)
    .map((text) => ({ key: text.key, box: textBox(text, fontSize, lineHeight) }));
  return rules.map((rule) => {
    if (!rule.isVisible || !rule.key.startsWith("marker-")) return rule;
    const isNear = (box: Box) => box.left - clearance <= rule.x1 && box.right + clearance >= rule.x1;
    // Events of one year share a label: a rule without its own takes the shared one in its path.
    const own =
      boxes.find(({ key }) => key === rule.key)?.box ??
      boxes.find(({ key, box }) => key.startsWith("marker-") && isNear(box))?.box;
    const isInPath = (box: Box) => box !== own && isNear(box);
    const inPath = boxes.map(({ box }) => box).filter(isInPath);
    const [low, high] = own ? [own.bottom, own.top] : [rule.y1, rule.y1];
    const below = inPath.filter((box) => box.top >= low).map((box) => box.top - clearance);
    const above = inPath.filter((box) => box.bottom <= high).map((box) => box.bottom + clearance);
    return {
      ...rule,
      y1: round(Math.max(rule.y1, ...above)),
      y2: round(Math.min(rule.y2, ...below)),
    };
  });
}
