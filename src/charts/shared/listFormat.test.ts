import { describe, expect, it } from "vitest";
import { joinNames } from "./listFormat.ts";

describe("joinNames", () => {
  it("joins names for running text, without a serial comma", () => {
    expect(joinNames([])).toBe("");
    expect(joinNames(["Iran"])).toBe("Iran");
    expect(joinNames(["India", "Pakistan"])).toBe("India and Pakistan");
    expect(joinNames(["China", "Russia", "the EU"])).toBe("China, Russia and the EU");
  });
});
