import { describe, expect, it } from "vitest";
import { wrapText } from "./wrapText.ts";

describe("wrapText", () => {
  it("fills each line up to the limit, word by word", () => {
    expect(wrapText("Khorgos border hub opens, Apr 2012", 14)).toEqual(["Khorgos border", "hub opens, Apr", "2012"]);
    for (const line of wrapText("Russia invades Ukraine, 24 Feb 2022", 14)) expect(line.length).toBeLessThanOrEqual(14);
  });

  it("keeps every word, in order, and gives a longer word its own line", () => {
    const text = "the Eurasian Development Bank counted";
    expect(wrapText(text, 8).join(" ")).toBe(text);
    expect(wrapText("a Development b", 5)).toEqual(["a", "Development", "b"]);
  });

  it("collapses runs of spaces and returns nothing for blank text", () => {
    expect(wrapText("  a   b  ", 10)).toEqual(["a b"]);
    expect(wrapText("   ", 10)).toEqual([]);
  });
});
