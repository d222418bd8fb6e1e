import { expect } from "@playwright/test";

/**
 * A negative check that watches: reads `probe` every `intervalMs` for `periodMs` and fails at
 * the first reading other than `expected`. "Nothing happened" is then a statement about a stated
 * period, watched throughout, not a single look after a fixed sleep.
 */
export async function expectHoldsFor<T>(
  probe: () => Promise<T>,
  expected: T,
  { periodMs, intervalMs = 50, what }: { periodMs: number; intervalMs?: number; what: string },
): Promise<void> {
  const until = Date.now() + periodMs;
  do {
    const seen: unknown = await probe();
    expect(seen, `${what}, watched for ${periodMs} ms`).toEqual(expected);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  } while (Date.now() < until);
}

/** Waits until the page has stopped scrolling: the same position read on two frames in a row. */
export async function settleScroll(page: import("@playwright/test").Page): Promise<void> {
  let last = -1;
  await expect
    .poll(async () => {
      const now = await page.evaluate(
        () =>
          new Promise<number>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve(scrollY)))),
      );
      const isStill = now === last;
      last = now;
      return isStill;
    })
    .toBe(true);
}
