import { describe, expect, it } from "vitest";
import { browserNeeds, missingNeeds } from "../../e2e/engines/browserNeeds.ts";
import { planBrowserSetup } from "./planBrowserSetup.ts";

const needs = browserNeeds({});
/** A machine where only the given files exist. */
const onlyThese = (...files: string[]) => missingNeeds(needs, (file) => Boolean(file && files.includes(file)));
const machine = { isRoot: false, hasPasswordlessSudo: false, hasApt: true };

describe("planBrowserSetup", () => {
  it("does nothing when every browser is there", () => {
    const all = needs.map((need) => need.candidates.find(Boolean) ?? "");
    expect(planBrowserSetup(onlyThese(...all), machine)).toEqual({ action: "none" });
  });

  it("installs the missing packages through apt as root, each package once", () => {
    const plan = planBrowserSetup(onlyThese("/usr/bin/chromium", "/usr/bin/Xvfb"), { ...machine, isRoot: true });
    expect(plan).toMatchObject({ action: "install", packages: ["firefox-esr", "webkit2gtk-driver"] });
    if (plan.action !== "install") throw new Error("expected an install");
    expect(plan.commands[0]).toEqual(["apt-get", "update", "-qq"]);
    expect(plan.commands[1]?.slice(-2)).toEqual(["firefox-esr", "webkit2gtk-driver"]);
  });

  it("uses sudo without a password when it may, never asking for one", () => {
    const plan = planBrowserSetup(onlyThese(), { ...machine, hasPasswordlessSudo: true });
    if (plan.action !== "install") throw new Error("expected an install");
    expect(plan.commands.every((command) => command[0] === "sudo" && command[1] === "-n")).toBe(true);
  });

  it("stops at once with the one command that installs them, when it may not", () => {
    const plan = planBrowserSetup(onlyThese("/usr/bin/chromium"), machine);
    expect(plan.action).toBe("stop");
    if (plan.action !== "stop") throw new Error("expected a stop");
    expect(plan.message).toContain("sudo apt-get update && sudo apt-get install -y firefox-esr webkit2gtk-driver xvfb");
    expect(plan.message).toContain("FIREFOX_PATH");
    expect(plan.message).not.toContain("CHROMIUM_PATH");
  });

  it("finds a browser through its environment variable", () => {
    const found = missingNeeds(browserNeeds({ FIREFOX_PATH: "/opt/ff/firefox" }), (file) => file === "/opt/ff/firefox");
    expect(found.map((need) => need.what)).not.toContain("Firefox");
  });
});
