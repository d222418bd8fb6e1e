import { spawnSync } from "node:child_process";
import { chromium } from "@playwright/test";
import { browserNeeds, isExecutable, missingNeeds } from "../e2e/engines/browserNeeds.ts";
import { planBrowserSetup, type Machine } from "./setup/planBrowserSetup.ts";

/**
 * `pretest` (runs before `npm test`): makes sure the browsers the tests drive are installed.
 * Installs the missing ones through apt when it may (root, or sudo without a password), as
 * .ci/run did; otherwise stops at once with the one command that installs them, before any
 * build or test has run.
 */
function playwrightChromium(): string | undefined {
  try {
    return chromium.executablePath();
  } catch {
    return undefined;
  }
}

const succeeds = (command: string, args: string[]) => spawnSync(command, args, { stdio: "ignore" }).status === 0;

const machine: Machine = {
  isRoot: process.getuid?.() === 0,
  hasPasswordlessSudo: succeeds("sudo", ["-n", "true"]),
  hasApt: isExecutable("/usr/bin/apt-get"),
};
const needs = () => browserNeeds(process.env, playwrightChromium());
const plan = planBrowserSetup(missingNeeds(needs()), machine);
if (plan.action === "stop") {
  console.error(plan.message);
  process.exit(1);
}
if (plan.action === "install") {
  console.log(`Installing the browsers the tests drive (apt): ${plan.packages.join(" ")}`);
  for (const [command = "", ...args] of plan.commands) {
    const result = spawnSync(command, args, { stdio: "inherit" });
    if (result.status !== 0) {
      console.error(
        `"${[command, ...args].join(" ")}" failed (exit ${result.status}); install the packages by hand, then run npm test again.`,
      );
      process.exit(1);
    }
  }
  const still = missingNeeds(needs());
  if (still.length > 0) {
    console.error(
      `Still missing after apt: ${still.map((need) => `${need.what} (looked for ${need.candidates.filter(Boolean).join(", ")})`).join("; ")}.`,
    );
    process.exit(1);
  }
}
