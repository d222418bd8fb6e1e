import { attachChart } from "../charts/browserRegistry.ts";
import type { ChartController } from "../charts/shared/chartController.ts";
import { isFormField } from "../site/isFormField.ts";
import { createAddressFollower } from "./createAddressFollower.ts";
import { createScrollController, type ScrollController, type StepsView } from "./createScrollController.ts";
import { createScrubber } from "./createScrubber.ts";
import { createSectionStepper, type SectionStepper } from "./createSectionStepper.ts";
import { createStepHold, type StepHold } from "./createStepHold.ts";
import { stepProgress } from "./stepProgress.ts";

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
    sections.find(({ section, controller }) => section.getBoundingClientRect().bottom > controller.triggerY()) ??
    sections.at(-1)
  );
}

/** True while `step` is the one under the trigger line (not merely its section's default). */
function isUnderTrigger(step: HTMLElement, section: HTMLElement, trigger: number): boolean {
  return step.getBoundingClientRect().top <= trigger && section.getBoundingClientRect().bottom > trigger;
}

/**
 * True while one of the section's steps is under the trigger line: the section being read, the
 * only one whose step bar shows. Scrollama wakes the controller as the first step's top and the
 * last step's foot cross the line, so this is looked at exactly when it can change.
 */
function isReading({ boxes, trigger }: StepsView): boolean {
  const first = boxes[0]?.top ?? Infinity;
  const last = boxes.at(-1)?.bottom ?? -Infinity;
  return first <= trigger && last > trigger;
}

/** The section's trigger line (styles/scrolly.css), read from its probe: px from the viewport's top. */
function triggerLineOf(section: HTMLElement): () => number {
  const probe = section.querySelector<HTMLElement>("[data-role=trigger-line]");
  if (!probe) throw new Error(`Scrolly section #${section.id} has no trigger-line probe.`);
  return () => probe.getBoundingClientRect().top;
}

function setEngine(section: HTMLElement, state: EngineState): void {
  section.dataset.engine = state;
}

/** The parts of a section the engine needs; throws when its markup is incomplete. */
function partsOf(section: HTMLElement) {
  const figure = section.querySelector<HTMLElement>("figure[data-chart]");
  const steps = [...section.querySelectorAll<HTMLElement>("[data-step]")];
  const stepperRoot = section.querySelector<HTMLElement>("[data-scrolly-stepper]");
  const announcer = section.querySelector<HTMLElement>("[data-role=announcer]");
  if (!figure || !stepperRoot || steps.length === 0) throw new Error(`Scrolly section #${section.id} is incomplete.`);
  return { figure, steps, stepperRoot, announcer };
}

/**
 * Runs `draw`; if it throws, the section goes back to its static figures for good (a picture
 * that contradicts the step is worse than none) and `stop` tears its engine down. True if it ran.
 */
function drawOrFail(section: HTMLElement, draw: () => void, stop: () => void): boolean {
  try {
    draw();
    return true;
  } catch (error) {
    setEngine(section, "failed");
    console.error(`The chart of #${section.id} failed; each step now shows its own figure.`, error);
    stop();
    return false;
  }
}

/** A started section: its controller and step bar, and what tears it down (each part, in order). */
function runningSection(
  section: HTMLElement,
  controller: ScrollController,
  stepper: SectionStepper,
  parts: readonly { destroy(): void }[],
): RunningSection {
  return { section, controller, stepper, destroy: () => parts.forEach((part) => part.destroy()) };
}

async function startSection(section: HTMLElement, hold: StepHold): Promise<RunningSection> {
  const { figure, steps, stepperRoot, announcer } = partsOf(section);
  const chart: ChartController = await attachChart(figure);
  let stepper: SectionStepper | undefined;
  let hasStarted = false;
  let running: RunningSection | undefined;
  const stop = () => running?.destroy();
  // One trigger line for the controller and everything here that asks "which step is read?".
  const triggerY = triggerLineOf(section);
  const scrubber = createScrubber({ figure, chart, announcer, hold });
  // The address follows the reader (replaceState: no history entry per step), also onto a
  // section's first step, which is active from the start but reached later; written once the
  // reader settles, not at every step a quick scroll passes (createAddressFollower.ts).
  const address = createAddressFollower(() => {
    const step = steps[controller.activeIndex];
    if (section.dataset.engine !== "running" || !step) return undefined;
    return isUnderTrigger(step, section, triggerY()) ? step.id : undefined;
  });
  const controller = createScrollController({
    steps,
    triggerY,
    progressSteps: steps.filter((step) => step.dataset.scrub !== undefined),
    onActivate(step, _index, isJump) {
      if (section.dataset.engine === "failed") return;
      if (!drawOrFail(section, () => chart.show(step.dataset.state ?? "", { isInstant: isJump }), stop)) return;
      for (const other of steps) other.toggleAttribute("data-active", other === step);
      stepper?.sync();
      // The first activation is the page settling, not a change worth announcing; a scrubbing
      // step announces itself as it starts, and its end once reached (createScrubber.ts).
      const isScrub = hasStarted && scrubber.enter(step);
      if (announcer && hasStarted && !isScrub) announcer.textContent = chart.announcement();
      hasStarted = true;
    },
    // Every look: the step bar of the section being read, the scrub, and the address (later).
    onWake(step, index, view) {
      if (section.dataset.engine !== "running") return;
      section.toggleAttribute("data-reading", isReading(view));
      const progress = stepProgress(view.boxes[index], view.trigger);
      if (drawOrFail(section, () => scrubber.follow(step, progress), stop)) address.wake();
    },
  });
  stepper = createSectionStepper({
    root: stepperRoot,
    steps,
    activeIndex: () => controller.activeIndex,
    onStep: (target) => hold.hold(target),
  });
  running = runningSection(section, controller, stepper, [controller, address, stepper, chart]);
  if (section.dataset.engine !== "failed") setEngine(section, "running");
  // The first look ran before the engine was marked running: look again, so the bar shows now.
  controller.refresh();
  return running;
}

/**
 * How far beyond the screen a section's engine starts (and fetches its frames): two screens, in
 * the page's own viewport (root: document, also inside an iframe), so a section is running long
 * before the reader reaches it and before its static pictures would be laid out and fetched
 * (their tracks are `content-visibility: auto`, reader.css). Until then it costs nothing.
 */
const startAhead = "200% 0px 200% 0px";

/** Calls `begin` once for each observed section, as it comes within {@link startAhead} of the screen. */
function startWhenNear(begin: (section: HTMLElement) => unknown): IntersectionObserver {
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        begin(entry.target as HTMLElement);
      }
    },
    { root: document, rootMargin: startAhead },
  );
  return observer;
}

/**
 * Wires every `[data-scrolly]` section of the page, each as it nears the screen: its figure
 * follows its active step, its stepper moves between steps, and the arrow keys step through the
 * section in view. Each section starts once its chart's frames are loaded; one whose chart cannot
 * start (missing or corrupt data, an error) stays on its static figures while the others run.
 * Returns a function that tears everything down.
 */
export function startScrollySections(root: ParentNode = document): () => void {
  const sections: RunningSection[] = [];
  let isStopped = false;
  // A page being left aborts its fetches (a link followed while a section's frames load): that
  // is no failure of the chart. The section waits to start again, should the page be shown again.
  let isLeaving = false;
  const onPageHide = () => (isLeaving = true);
  const onPageShow = () => (isLeaving = false);
  const hold = createStepHold();
  const begin = (section: HTMLElement) =>
    startSection(section, hold).then(
      (running) => {
        if (isStopped) running.destroy();
        else sections.push(running);
      },
      (error: unknown) => {
        if (isLeaving) return nearby.observe(section);
        setEngine(section, "failed");
        console.error(`The chart of #${section.id} could not start; each step shows its own figure.`, error);
      },
    );
  const nearby = startWhenNear(begin);
  window.addEventListener("pagehide", onPageHide);
  window.addEventListener("pageshow", onPageShow);
  for (const section of root.querySelectorAll<HTMLElement>("[data-scrolly]")) nearby.observe(section);
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
    nearby.disconnect();
    document.removeEventListener("keydown", onKey);
    window.removeEventListener("pagehide", onPageHide);
    window.removeEventListener("pageshow", onPageShow);
    hold.destroy();
    sections.forEach((running) => running.destroy());
  };
}
