import type { Page } from "@playwright/test";

/** What reading the story by scrolling costs the browser. */
export interface ScrollFigures {
  /** How many times the CPU was slowed. */
  cpuSlowdown?: number;
  durationMs: number;
  frames: number;
  /** Frames that took longer than 33 ms (under 30 fps). */
  slowFrames: number;
  /** Main-thread tasks over 50 ms. */
  longTasks: number;
  /** Layout-shift score accumulated while scrolling. */
  layoutShift: number;
}

/**
 * Scrolls the whole page top to bottom over `durationMs`, one step per animation frame, with the
 * CPU slowed `cpuSlowdown` times (Chrome DevTools' throttling), as on a slower phone.
 */
export async function scrollTest(
  page: Page,
  url: string,
  durationMs = 10_000,
  cpuSlowdown = 4,
): Promise<ScrollFigures> {
  await page.goto(url, { waitUntil: "networkidle" });
  const devtools = await page.context().newCDPSession(page);
  await devtools.send("Emulation.setCPUThrottlingRate", { rate: cpuSlowdown });
  const figures = await page.evaluate(async (duration) => {
    let longTasks = 0;
    let layoutShift = 0;
    const observers = [
      new PerformanceObserver((list) => (longTasks += list.getEntries().length)),
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) layoutShift += entry.value;
      }),
    ];
    observers[0]?.observe({ type: "longtask" });
    observers[1]?.observe({ type: "layout-shift" });
    const distance = document.documentElement.scrollHeight - window.innerHeight;
    const frames: number[] = [];
    await new Promise<void>((resolve) => {
      const start = performance.now();
      let last = start;
      const tick = (now: number) => {
        frames.push(now - last);
        last = now;
        const progress = Math.min(1, (now - start) / duration);
        window.scrollTo(0, distance * progress);
        if (progress < 1) requestAnimationFrame(tick);
        else resolve();
      };
      requestAnimationFrame(tick);
    });
    await new Promise((resolve) => setTimeout(resolve, 200));
    observers.forEach((observer) => observer.disconnect());
    return {
      durationMs: duration,
      frames: frames.length,
      slowFrames: frames.slice(1).filter((delta) => delta > 33).length,
      longTasks,
      layoutShift,
    };
  }, durationMs);
  await devtools.send("Emulation.setCPUThrottlingRate", { rate: 1 });
  return { ...figures, cpuSlowdown };
}
