import { describe, expect, it } from "vitest";
import { countLabel } from "./words.ts";

describe("countLabel", () => {
  it("uses the singular for one and the plural otherwise", () => {
    expect(countLabel("member", 1)).toBe("1 member");
    expect(countLabel("member", 10)).toBe("10 members");
    expect(countLabel("dialogue-partner", 2)).toBe("2 dialogue partners");
    expect(countLabel("shanghai-five", 5)).toBe("5 in the Shanghai Five");
  });
});
