import { attachChart } from "../charts/attachChart.ts";
import { createScrollController, triggerShare } from "./createScrollController.ts";
import { createSectionStepper, type SectionStepper } from "./createSectionStepper.ts";

/** One wired scrolly section. */
interface RunningSection {
  section: HTMLElement;
  stepper: SectionStepper;
  destroy(): void;
}

const isFormField = (target: EventTarget | null) =>
  target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement;

/** True while `step` is the one under the trigger line (not merely its section's default). */
function isUnderTrigger(step: HTMLElement, section: HTMLElement): boolean {
  const trigger = window.innerHeight * triggerShare;
  return step.getBoundingClientRect().top <= trigger && section.getBoundingClientRect().bottom > trigger;
}

/** The section the reader is in or next to: the first whose bottom is still below the trigger line. */
function currentSection(sections: RunningSection[]): RunningSection | undefined {
  const trigger = window.innerHeight * triggerShare;
  return sections.find(({ section }) => section.getBoundingClientRect().bottom > trigger) ?? sections.at(-1);
}

function startSection(section: HTMLElement): RunningSection | undefined {
  const figure = section.querySelector<HTMLElement>("figure[data-chart]");
  const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
  const stepperRoot = section.querySelector<HTMLElement>("[data-scrolly-stepper]");
  const announcer = section.querySelector<HTMLElement>("[data-role=announcer]");
  if (!figure || !stepperRoot || steps.length === 0) return undefined;
  const chart = attachChart(figure);
  let stepper: SectionStepper | undefined;
  let hasStarted = false;
  const controller = createScrollController({
    steps,
    onActivate(step, _index, isJump) {
      for (const other of steps) other.toggleAttribute("data-active", other === step);
      chart.show(step.dataset.state ?? "", { isInstant: isJump });
      stepper?.sync();
      // The first activation is the page settling, not a change worth announcing.
      if (announcer && hasStarted) announcer.textContent = chart.announcement();
      hasStarted = true;
      // The address follows the reader (replaceState: no history entry per step).
      if (isUnderTrigger(step, section) && window.location.hash !== `#${step.id}`) {
        window.history.replaceState(window.history.state, "", `#${step.id}`);
      }
    },
  });
  stepper = createSectionStepper({ root: stepperRoot, steps, activeIndex: () => controller.activeIndex });
  return {
    section,
    stepper,
    destroy() {
      controller.destroy();
      stepper?.destroy();
      chart.destroy();
    },
  };
}

/**
 * Wires every `[data-scrolly]` section of the page: its figure follows its active step, its
 * stepper moves between steps, and the arrow keys step through the section in view.
 * Returns a function that tears everything down.
 */
export function startScrollySections(root: ParentNode = document): () => void {
  const sections = [...root.querySelectorAll<HTMLElement>("[data-scrolly]")].flatMap(
    (section) => startSection(section) ?? [],
  );
  const onKey = (event: KeyboardEvent) => {
    if (isFormField(event.target) || event.altKey || event.ctrlKey || event.metaKey) return;
    const offset = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (offset === undefined) return;
    event.preventDefault();
    currentSection(sections)?.stepper.move(offset);
  };
  document.addEventListener("keydown", onKey);
  return () => {
    document.removeEventListener("keydown", onKey);
    sections.forEach((running) => running.destroy());
  };
}
