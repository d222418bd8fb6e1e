import { takeFrameErrors } from "../errorCollector.ts";
import { openStory } from "../openStory.ts";
import { pollUntil } from "../poll.ts";
import type { ScenarioContext, Tab } from "../types.ts";

const frameSelector = "#embed";

/** Heights on both sides of the iframe, and what the embed reported since the listener started. */
interface Fit {
  iframe: number;
  content: number;
  reported: number[];
}

async function readFit(tab: Tab): Promise<Fit> {
  const host = await tab.evaluate((selector: string) => {
    const iframe = document.querySelector(selector);
    const reported = (window as unknown as { __reportedHeights?: number[] }).__reportedHeights ?? [];
    return { iframe: iframe?.getBoundingClientRect().height ?? 0, reported };
  }, frameSelector);
  const content = await tab.evaluateInFrame(frameSelector, () =>
    Math.ceil(document.documentElement.getBoundingClientRect().height),
  );
  return { ...host, content };
}

/** Page function (host page): records the heights the embed posts from now on. */
function listenForHeights(selector: string): void {
  const iframe = document.querySelector<HTMLIFrameElement>(selector);
  const reported: number[] = [];
  (window as unknown as { __reportedHeights: number[] }).__reportedHeights = reported;
  window.addEventListener("message", (event) => {
    const height = (event.data as { height?: unknown } | null)?.height;
    if (event.source === iframe?.contentWindow && typeof height === "number") reported.push(height);
  });
}

/** Page function (embed): makes the embed's content taller, as an opened disclosure would. */
function growContent(pixels: number): void {
  const filler = document.createElement("div");
  filler.style.height = `${pixels}px`;
  document.body.append(filler);
}

/**
 * Each chart embedded 600 px wide in a page on another origin with the snippet and embed.js:
 * the iframe goes from the snippet's 760 px to its content's height, and grows to the height
 * the embed reports by postMessage when the content grows (so it cannot pass by staying put).
 */
export async function embedOnAnotherOrigin({ tab, site, host }: ScenarioContext): Promise<void> {
  const charts = [...new Set((await openStory(tab, site)).map((section) => section.chart))];
  for (const chart of charts) {
    await tab.goto(`${host}/host.html?chart=${encodeURIComponent(chart)}&width=600`);
    // The snippet's 760 px is a guess: the content may be taller or shorter; the iframe must fit it.
    // Fitted and settled: the same heights on two reads in a row (the content may still be laying
    // out when the iframe first matches it, and a later, shorter fit would make the growth look short).
    const fitted = await pollUntil(
      () => readFit(tab),
      (fit, previous) =>
        Math.abs(fit.iframe - fit.content) <= 1 && fit.content === previous?.content && fit.iframe === previous.iframe,
      {
        timeoutMs: 10_000,
        intervalMs: 150,
        describe: (fit) => `${chart}: the iframe did not fit its content: ${JSON.stringify(fit)}`,
      },
    );
    await tab.evaluate(listenForHeights, frameSelector);
    await tab.evaluateInFrame(frameSelector, growContent, 300);
    await pollUntil(
      () => readFit(tab),
      (fit) =>
        fit.reported.at(-1) === fit.content &&
        fit.content >= fitted.content + 299 &&
        Math.abs(fit.iframe - fit.content) <= 1,
      {
        timeoutMs: 10_000,
        describe: (fit) =>
          `${chart}: after the content grew by 300 px, expected the iframe at the reported height: ${JSON.stringify(fit)}`,
      },
    );
    const frameErrors = await takeFrameErrors(tab, frameSelector);
    if (frameErrors.length > 0) throw new Error(`${chart}: errors inside the embed:\n${frameErrors.join("\n")}`);
  }
}
