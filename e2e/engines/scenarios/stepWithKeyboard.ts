import { openStory, stepBarButton } from "../openStory.ts";
import { expectConsistentReading, wheelToStep } from "../readerMoves.ts";
import type { ScenarioContext, Tab } from "../types.ts";

/** One keyboard move: a step bar button (clicked) or an arrow key (pressed). */
type Move = "next" | "prev" | "ArrowRight" | "ArrowLeft";

async function makeMove(tab: Tab, move: Move, sectionIndex: number): Promise<void> {
  if (move === "next" || move === "prev") await tab.click(stepBarButton(move), sectionIndex);
  else await tab.press(move);
}

/**
 * Every section stepped through with its step bar and the arrow keys. Each move must land on
 * the neighbouring step, with the figure drawing its state.
 */
export async function stepWithKeyboard({ tab, site }: ScenarioContext): Promise<void> {
  const story = await openStory(tab, site);
  const bars = await tab.evaluate(
    (selector: string) => document.querySelectorAll(selector).length,
    stepBarButton("next"),
  );
  if (bars !== story.length) throw new Error(`expected one step bar per section (${story.length}), found ${bars}`);
  for (const [sectionIndex, { steps }] of story.entries()) {
    await wheelToStep(tab, sectionIndex, 0);
    await expectConsistentReading(tab, sectionIndex, { stepIndex: 0, after: "wheeling to the first step" });
    // The whole section down with Next and up with ArrowLeft, then one step each way with
    // ArrowRight and Previous: every input, in reasonable time.
    const last = steps.length - 1;
    const moves: [Move, number][] = [
      ...steps.slice(1).map((_, index): [Move, number] => ["next", index + 1]),
      ...steps.slice(1).map((_, index): [Move, number] => ["ArrowLeft", last - index - 1]),
      ...(last > 0
        ? ([
            ["ArrowRight", 1],
            ["prev", 0],
          ] as [Move, number][])
        : []),
    ];
    for (const [move, stepIndex] of moves) {
      await makeMove(tab, move, sectionIndex);
      const after = `${move} to step ${stepIndex}`;
      await expectConsistentReading(tab, sectionIndex, { stepIndex, isHashChecked: true, after });
    }
  }
}
