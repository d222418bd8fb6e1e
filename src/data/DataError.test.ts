import { describe, expect, it } from "vitest";
import { DataError, headingOf, ownerOf } from "./DataError.ts";

const at = (file: string) => ({ file, line: 3, field: "f", message: "m" });

describe("DataError", () => {
  it("says whose files are at fault: the story, the data or the chart code", () => {
    expect(ownerOf(at("content/story/02-footprint.mdx"))).toBe("story");
    expect(ownerOf(at("content/published-ids.json"))).toBe("story");
    expect(ownerOf(at("content/data/events.csv"))).toBe("data");
    expect(ownerOf(at("../../tmp/copy/content/data/sources.md"))).toBe("data");
    expect(ownerOf(at("src/charts/browserRegistry.ts"))).toBe("chart code");
  });

  it("heads the report with the owners and the count", () => {
    expect(headingOf([at("content/data/events.csv")])).toBe(
      "Mistake in the data (content/data/), 1 problem; nothing was rendered:",
    );
    expect(headingOf([at("content/story/a.mdx"), at("content/data/b.csv")])).toBe(
      "Mistakes in the story (content/story/) and in the data (content/data/), 2 problems; nothing was rendered:",
    );
  });

  it("lists every issue as file:line field, with no stack trace under it", () => {
    const error = new DataError([at("content/story/a.mdx")]);
    expect(error.message.split("\n")[1]).toBe('  - content/story/a.mdx:3 field "f": m');
    expect(error.stack).toBe("");
  });
});
