import { describe, expect, it } from "vitest";
import { validateStory, type SectionSource } from "./validateStory.ts";

const states = { "sco-membership": ["2001", "2024"], "central-asia-trade": ["record"] };

function section(body: string, chart?: string): SectionSource {
  const frontmatter = chart ? `---\ntitle: "T"\nchart: ${chart}\n---\n` : `---\ntitle: "T"\n---\n`;
  return { file: "content/story/05-test.mdx", text: frontmatter + body, chart };
}

function problems(...sections: SectionSource[]): string {
  try {
    validateStory(sections, states);
  } catch (error) {
    return (error as Error).message;
  }
  return "";
}

const step = (id: string, state: string, text = "Some text.") =>
  `<Step id="${id}" state="${state}">\n\n${text}\n\n</Step>\n`;

describe("validateStory", () => {
  it("accepts well-formed steps", () => {
    expect(problems(section(step("founding", "2001") + step("belarus", "2024"), "sco-membership"))).toBe("");
  });

  it("names the file, line and allowed states for an unknown state", () => {
    const message = problems(section(step("founding", "2001") + step("later", "2030"), "sco-membership"));
    expect(message).toMatch(
      /content\/story\/05-test\.mdx:10 field "state": "2030" is not a state of chart "sco-membership"; use one of: 2001, 2024/,
    );
  });

  it("rejects a step id used twice, even across files", () => {
    const message = problems(section(step("founding", "2001"), "sco-membership"), {
      ...section(step("founding", "record"), "central-asia-trade"),
      file: "content/story/07-other.mdx",
    });
    expect(message).toMatch(/07-other\.mdx:5 field "id": "founding" is already used at content\/story\/05-test\.mdx:5/);
  });

  it("rejects a step without text, without an id, or with a non-kebab id", () => {
    const message = problems(
      section(
        `${step("empty", "2001", "")}<Step state="2001">\n\nx\n\n</Step>\n${step("Bad_Id", "2001")}`,
        "sco-membership",
      ),
    );
    expect(message).toMatch(/field "\(body\)": the step "empty" has no text/);
    expect(message).toMatch(/field "id": the step has no id/);
    expect(message).toMatch(/field "id": "Bad_Id" is not kebab-case/);
  });

  it("rejects steps in a prose section and a chart section without steps", () => {
    expect(problems(section(step("a", "2001")))).toMatch(/field "chart": <Step> is only allowed in a scrolly section/);
    expect(problems(section("Just prose.", "sco-membership"))).toMatch(
      /:3 field "chart": a section with a chart needs at least one/,
    );
  });

  it("names the frontmatter line of an unknown chart", () => {
    expect(problems(section(step("a", "2001"), "trade-map"))).toMatch(
      /05-test\.mdx:3 field "chart": "trade-map" is not a chart of this story; use one of: sco-membership, central-asia-trade/,
    );
  });
});
