import { attachChart } from "../charts/browserRegistry.ts";
import type { ChartController } from "../charts/shared/chartController.ts";
import { isFormField } from "../site/isFormField.ts";
import { createAddressFollower } from "./createAddressFollower.ts";
import { createScrollController, triggerShare, type ScrollController } from "./createScrollController.ts";
import { createSectionStepper, type SectionStepper } from "./createSectionStepper.ts";

/** One wired scrolly section. */
interface RunningSection {
  section: HTMLElement;
  controller: ScrollController;
  stepper: SectionStepper;
  destroy(): void;
}

/**
 * How a section is shown (`data-engine` on the section, read by reader.css): absent while the
 * engine has not started, so each step shows its own static figure; `running` once the chart
 * follows the steps; `failed` if it could not start or an update threw, back to the static figures.
 */
type EngineState = "running" | "failed";

/** The section the reader is in or next to: the first whose bottom is still below the trigger line. */
function currentSection(sections: readonly RunningSection[]): RunningSection | undefined {
  return (
    sections.find(
      ({ section, controller }) => section.getBoundingClientRect().bottom > window.innerHeight * controller.offset,
    ) ?? sections.at(-1)
  );
}

/** True while `step` is the one under the trigger line (not merely its section's default). */
function isUnderTrigger(step: HTMLElement, section: HTMLElement, offset: number): boolean {
  const trigger = window.innerHeight * offset;
  return step.getBoundingClientRect().top <= trigger && section.getBoundingClientRect().bottom > trigger;
}

function setEngine(section: HTMLElement, state: EngineState): void {
  section.dataset.engine = state;
}

async function startSection(section: HTMLElement): Promise<RunningSection> {
  const figure = section.querySelector<HTMLElement>("figure[data-chart]");
  const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
  const stepperRoot = section.querySelector<HTMLElement>("[data-scrolly-stepper]");
  const announcer = section.querySelector<HTMLElement>("[data-role=announcer]");
  if (!figure || !stepperRoot || steps.length === 0) throw new Error(`Scrolly section #${section.id} is incomplete.`);
  const chart: ChartController = await attachChart(figure);
  let stepper: SectionStepper | undefined;
  let hasStarted = false;
  let running: RunningSection | undefined;
  // One trigger line for the controller and everything here that asks "which step is read?".
  const offset = triggerShare;
  // The address follows the reader (replaceState: no history entry per step), also onto a
  // section's first step, which is active from the start but reached later; written once the
  // reader settles, not at every step a quick scroll passes (createAddressFollower.ts).
  const address = createAddressFollower(() => {
    const step = steps[controller.activeIndex];
    if (section.dataset.engine !== "running" || !step) return undefined;
    return isUnderTrigger(step, section, offset) ? step.id : undefined;
  });
  const controller = createScrollController({
    steps,
    offset,
    onActivate(step, _index, isJump) {
      if (section.dataset.engine === "failed") return;
      try {
        chart.show(step.dataset.state ?? "", { isInstant: isJump });
      } catch (error) {
        // A picture that contradicts the step is worse than none: back to the static figures.
        setEngine(section, "failed");
        console.error(`The chart of #${section.id} failed; each step now shows its own figure.`, error);
        running?.destroy();
        return;
      }
      for (const other of steps) other.toggleAttribute("data-active", other === step);
      stepper?.sync();
      // The first activation is the page settling, not a change worth announcing.
      if (announcer && hasStarted) announcer.textContent = chart.announcement();
      hasStarted = true;
    },
    onWake: () => address.wake(),
  });
  stepper = createSectionStepper({ root: stepperRoot, steps, activeIndex: () => controller.activeIndex });
  running = {
    section,
    controller,
    stepper,
    destroy() {
      controller.destroy();
      address.destroy();
      stepper?.destroy();
      chart.destroy();
    },
  };
  if (section.dataset.engine !== "failed") setEngine(section, "running");
  return running;
}

/**
 * Wires every `[data-scrolly]` section of the page: its figure follows its active step, its
 * stepper moves between steps, and the arrow keys step through the section in view. Each section
 * starts once its chart's frames are loaded; one whose chart cannot start (missing or corrupt
 * data, an error) stays on its static figures while the others run. Returns a function that
 * tears everything down.
 */
export function startScrollySections(root: ParentNode = document): () => void {
  const sections: RunningSection[] = [];
  let isStopped = false;
  for (const section of root.querySelectorAll<HTMLElement>("[data-scrolly]")) {
    startSection(section).then(
      (running) => {
        if (isStopped) running.destroy();
        else sections.push(running);
      },
      (error: unknown) => {
        setEngine(section, "failed");
        console.error(`The chart of #${section.id} could not start; each step shows its own figure.`, error);
      },
    );
  }
  const onKey = (event: KeyboardEvent) => {
    if (isFormField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const offset = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (offset === undefined) return;
    const running = sections.filter(({ section }) => section.dataset.engine === "running");
    const current = currentSection(running.sort((a, b) => (a.section.compareDocumentPosition(b.section) & 2 ? 1 : -1)));
    if (!current) return;
    event.preventDefault();
    current.stepper.move(offset);
  };
  document.addEventListener("keydown", onKey);
  return () => {
    isStopped = true;
    document.removeEventListener("keydown", onKey);
    sections.forEach((running) => running.destroy());
  };
}
