import type { BrowserNeed } from "../../e2e/engines/browserNeeds.ts";

/** What the machine allows: who runs the tests, and which system it is. */
export interface Machine {
  isRoot: boolean;
  /** `sudo -n true` works: sudo without a password. */
  hasPasswordlessSudo: boolean;
  hasApt: boolean;
}

/** What the set-up does: nothing, install (the commands to run, in order), or stop with the one command to run by hand. */
export type BrowserSetupPlan =
  | { action: "none" }
  | { action: "install"; packages: string[]; commands: string[][] }
  | { action: "stop"; message: string };

/** The apt command that installs the packages, as a person would type it. */
export function aptCommand(packages: readonly string[], asRoot: boolean): string {
  return `${asRoot ? "" : "sudo "}apt-get update && ${asRoot ? "" : "sudo "}apt-get install -y ${packages.join(" ")}`;
}

/**
 * Decides how to get the missing browsers: apt when it may (root, or sudo without a password),
 * as .ci/run always did; otherwise stop at once, naming what is missing, the one command that
 * installs it and the variables that point at copies installed elsewhere. Pure, so it is tested.
 */
export function planBrowserSetup(missing: readonly BrowserNeed[], machine: Machine): BrowserSetupPlan {
  if (missing.length === 0) return { action: "none" };
  const packages = [...new Set(missing.map((need) => need.aptPackage))];
  const variables = missing.flatMap((need) => (need.envVariable ? [need.envVariable] : []));
  const elsewhere =
    variables.length > 0 ? ` (or point ${[...new Set(variables)].join(", ")} at copies installed elsewhere)` : "";
  const names = missing.map((need) => need.what).join(", ");
  if (machine.hasApt && (machine.isRoot || machine.hasPasswordlessSudo)) {
    const sudo = machine.isRoot ? [] : ["sudo", "-n"];
    const env = ["env", "DEBIAN_FRONTEND=noninteractive"];
    return {
      action: "install",
      packages,
      commands: [
        [...sudo, "apt-get", "update", "-qq"],
        [...sudo, ...env, "apt-get", "install", "-y", "-qq", ...packages],
      ],
    };
  }
  const how = machine.hasApt
    ? `run: ${aptCommand(packages, false)}`
    : `install ${packages.join(", ")} with the system's package manager (these are the Debian and Ubuntu package names)`;
  return {
    action: "stop",
    message: `npm test needs ${names}, which this machine lacks. To install them, ${how}${elsewhere}; then run npm test again.`,
  };
}
