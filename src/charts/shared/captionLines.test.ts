import { describe, expect, it } from "vitest";
import { captionLines, fitCaption } from "./captionLines.ts";

const short = "Belarus becomes a full member.";
const long = "Since 2005: India and Pakistan become full members; 8 countries become observers or dialogue partners.";

describe("captionLines", () => {
  it("counts the lines a caption wraps to, more on a phone than on a wide screen", () => {
    expect(captionLines(short, "phone")).toBe(1);
    expect(captionLines(long, "phone")).toBe(3);
    expect(captionLines(long, "wide")).toBe(2);
    expect(captionLines("", "phone")).toBe(0);
  });

  it("fits the fullest version within two lines on a phone, or gives the shortest", () => {
    expect(fitCaption([long, short])).toBe(short);
    expect(fitCaption([short, "Belarus joins."])).toBe(short);
    expect(fitCaption([long, long])).toBe(long);
    expect(fitCaption([long.slice(0, 70)], "2017 ")).toBe(long.slice(0, 70));
  });
});
