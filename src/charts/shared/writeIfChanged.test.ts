import { describe, expect, it } from "vitest";
import { setAttributeIfChanged, setAttributesIfChanged, setTextIfChanged } from "./writeIfChanged.ts";

/** An element that records every write it is given. */
function recordingNode(initial: Record<string, string> = {}, text = "") {
  const attributes = new Map(Object.entries(initial));
  const writes: string[] = [];
  let content = text;
  const node = {
    getAttribute: (name: string) => attributes.get(name) ?? null,
    hasAttribute: (name: string) => attributes.has(name),
    setAttribute: (name: string, value: string) => (writes.push(`set ${name}=${value}`), attributes.set(name, value)),
    removeAttribute: (name: string) => (writes.push(`remove ${name}`), attributes.delete(name)),
    get textContent() {
      return content;
    },
    set textContent(value: string) {
      writes.push(`text ${value}`);
      content = value;
    },
  };
  return { node: node as unknown as Element, attributes, writes };
}

describe("writes that skip what is already so", () => {
  it("writes an attribute only when its value differs, and removes it for undefined", () => {
    const { node, attributes, writes } = recordingNode({ x: "1", y: "2" });
    setAttributesIfChanged(node, { x: "1", y: "3", z: undefined });
    setAttributeIfChanged(node, "x", undefined);
    expect(writes).toEqual(["set y=3", "remove x"]);
    expect(Object.fromEntries(attributes)).toEqual({ y: "3" });
  });

  it("writes text only on a change", () => {
    const { node, writes } = recordingNode({}, "2009");
    setTextIfChanged(node, "2009");
    setTextIfChanged(node, "2012");
    expect(writes).toEqual(["text 2012"]);
  });
});
