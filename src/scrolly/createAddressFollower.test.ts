import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createAddressFollower } from "./createAddressFollower.ts";

/** A window with just the address (location.hash, and replaceState writing it) and the scroll position. */
function stubWindow(hash = "") {
  const location = { hash };
  const replaceState = vi.fn((_state: unknown, _title: string, url: string) => (location.hash = url));
  const window = { location, history: { state: null, replaceState }, scrollY: 0 };
  vi.stubGlobal("window", window);
  return { window, location, replaceState };
}

describe("createAddressFollower", () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it("writes the address once the reader settles, not at every step a quick scroll passes", () => {
    const { window, location, replaceState } = stubWindow();
    let id = "first";
    const follower = createAddressFollower(() => id, 300);
    for (const next of ["first", "second", "third"]) {
      id = next;
      window.scrollY += 500;
      follower.wake();
      vi.advanceTimersByTime(200);
    }
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(400);
    expect(replaceState).toHaveBeenCalledTimes(1);
    expect(location.hash).toBe("#third");
  });

  it("waits while the page still moves between two steps", () => {
    const { window, replaceState } = stubWindow();
    const follower = createAddressFollower(() => "first", 300);
    follower.wake();
    for (let check = 0; check < 5; check += 1) {
      window.scrollY += 300;
      vi.advanceTimersByTime(300);
    }
    expect(replaceState).not.toHaveBeenCalled();
    vi.advanceTimersByTime(300);
    expect(replaceState).toHaveBeenCalledTimes(1);
  });

  it("leaves the address alone when it already names the step, or when no step is under the trigger line", () => {
    const { replaceState } = stubWindow("#second");
    const ids: (string | undefined)[] = ["second", undefined];
    const follower = createAddressFollower(() => ids.shift(), 300);
    follower.wake();
    vi.advanceTimersByTime(600);
    follower.wake();
    vi.advanceTimersByTime(600);
    expect(replaceState).not.toHaveBeenCalled();
  });

  it("writes nothing after destroy", () => {
    const { replaceState } = stubWindow();
    const follower = createAddressFollower(() => "first", 300);
    follower.wake();
    follower.destroy();
    vi.advanceTimersByTime(1000);
    expect(replaceState).not.toHaveBeenCalled();
  });
});
