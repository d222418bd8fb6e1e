import { setTimeout as sleep } from "node:timers/promises";

/** Options of {@link pollUntil}. */
export interface PollOptions<T> {
  /** Give up after this many ms. Default 5000. */
  timeoutMs?: number;
  /** Wait between reads, in ms. Default 50. */
  intervalMs?: number;
  /** What was expected, for the error; gets the last value read. */
  describe(last: T | undefined): string;
}

/**
 * Reads `probe` until `isDone` holds for its value and returns that value, or throws with
 * `describe(last value)` after the timeout. Waits are only ever polls: a test never sleeps
 * for a fixed time and then asserts.
 */
export async function pollUntil<T>(
  probe: () => Promise<T>,
  isDone: (value: T, previous: T | undefined) => boolean,
  { timeoutMs = 5000, intervalMs = 50, describe }: PollOptions<T>,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let previous: T | undefined;
  for (;;) {
    const value = await probe();
    if (isDone(value, previous)) return value;
    if (Date.now() > deadline) throw new Error(`${describe(value)} (still not so after ${timeoutMs} ms)`);
    previous = value;
    await sleep(intervalMs);
  }
}
