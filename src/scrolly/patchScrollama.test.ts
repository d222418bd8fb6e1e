import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { patchScrollamaSource } from "./patchScrollama.ts";

const source = readFileSync(createRequire(import.meta.url).resolve("scrollama/build/scrollama.js"), "utf8");

describe("patchScrollamaSource", () => {
  it("keeps a step's ResizeObserver when its height changes", () => {
    const patched = patchScrollamaSource(source);
    expect(patched).not.toMatch(/updateResizeObserver\(step\);\s*\}/);
    expect(patched).toContain("step.observers.step.disconnect(); updateStepObserver(step);");
  });

  it("rebuilds a step's progress observer when its height changes, and gives it the instance's root", () => {
    const patched = patchScrollamaSource(source);
    const resizeStep = patched.slice(patched.indexOf("function resizeStep"), patched.indexOf("function intersectStep"));
    expect(resizeStep).toContain("updateProgressObserver(step);");
    expect(patched).toContain("const options = { rootMargin, threshold, root: rootElement };");
    expect(patched).not.toMatch(/const options = \{ rootMargin, threshold \};/);
  });

  it("adds no scroll listener, and still reads the direction at each trigger-line crossing", () => {
    const patched = patchScrollamaSource(source);
    expect(patched).not.toContain('addEventListener("scroll"');
    expect(patched).toMatch(/function intersectStep\(entries\) \{[^}]*\s*onScroll\(containerElement\);/);
  });

  it("reads the last entry of a batch, a step's state now, in the step and progress observers", () => {
    const patched = patchScrollamaSource(source);
    expect(patched).toContain("function intersectStep(entries) { const entry = entries[entries.length - 1];");
    expect(patched).toContain("function intersectProgress(entries) { const entry = entries[entries.length - 1];");
    expect(patched).not.toContain("function intersectStep([entry])");
  });

  it("numbers the steps in each instance's own list, so two instances can watch one step", () => {
    const patched = patchScrollamaSource(source);
    expect(patched).toContain("const getIndex = (node) => steps.findIndex((step) => step.node === node);");
    // The instance's getIndex is declared before any of its uses, inside scrollama().
    const instance = patched.slice(patched.indexOf("function scrollama()"));
    expect(instance.indexOf("const getIndex")).toBeLessThan(instance.indexOf("getIndex(element)"));
  });

  it("stops the build when Scrollama's code no longer matches a fix", () => {
    expect(() => patchScrollamaSource(source.replace("document.addEventListener", "window.addEventListener"))).toThrow(
      /setupScroll changed/,
    );
  });
});
