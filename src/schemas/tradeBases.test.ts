import { describe, expect, it } from "vitest";
import { realData } from "../../test/realData.ts";
import { basisOf, tradeBases } from "./tradeBases.ts";

describe("tradeBases", () => {
  it("gives every basis its own slug", () => {
    const slugs = tradeBases.map((basis) => basis.slug);
    expect(new Set(slugs).size).toBe(slugs.length);
    for (const slug of slugs) expect(slug).toMatch(/^[a-z][a-z0-9-]*$/);
  });

  it("lists a more specific prefix before any prefix it extends, so the first match is the right one", () => {
    tradeBases.forEach((basis, index) => {
      for (const later of tradeBases.slice(index + 1)) {
        expect(later.prefix.startsWith(basis.prefix), `${later.prefix} comes after ${basis.prefix}`).toBe(false);
      }
    });
  });

  it("recognises every real row's source, by the start of its text", () => {
    for (const row of realData.trade) {
      const basis = basisOf(row);
      expect(basis, `line ${row.line}: ${row.source}`).toBeDefined();
      expect(row.source.startsWith(basis?.prefix ?? "\0")).toBe(true);
    }
  });

  it("maps an IMF reporter to its own slug and an unknown source to nothing", () => {
    expect(basisOf({ source: "IMF DOTS (RUS-reported, sum of 5 countries)" })?.slug).toBe("imf-rus");
    expect(basisOf({ source: "IMF DOTS (KAZ-reported)" })?.slug).toBe("imf-kaz");
    expect(basisOf({ source: "China GACC customs (partner-reported), via press" })?.slug).toBe("gacc");
    expect(basisOf({ source: "World Bank WITS" })).toBeUndefined();
    expect(basisOf({ source: "imf dots (CHN-reported)" })).toBeUndefined();
  });

  it("treats only officials' statements as printed as stated", () => {
    const statements = tradeBases.filter((basis) => basis.isStatement).map((basis) => basis.prefix);
    expect(statements).toEqual(["Russian government statement"]);
  });
});
