import { spawn } from "node:child_process";
import { requireBinary } from "../requireBinary.ts";

/** A virtual X display the runner started. */
export interface VirtualDisplay {
  /** Value for DISPLAY, e.g. `:12`. */
  display: string;
  stop(): void;
}

/**
 * Starts Xvfb on a display number it picks itself (`-displayfd`), so runs never collide with
 * another X server. WebKitGTK's MiniBrowser needs a display even when nobody looks at it.
 */
export async function startXvfb(): Promise<VirtualDisplay> {
  const xvfb = requireBinary("Xvfb (package xvfb)", ["/usr/bin/Xvfb"]);
  const child = spawn(xvfb, ["-displayfd", "3", "-screen", "0", "1920x1200x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let errors = "";
  child.stderr?.on("data", (chunk: Buffer) => (errors = (errors + chunk.toString("utf8")).slice(-2000)));
  const number = await new Promise<string>((resolve, reject) => {
    let text = "";
    const timer = setTimeout(() => reject(new Error(`Xvfb did not start within 10 s: ${errors}`)), 10_000);
    child.stdio[3]?.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      if (!text.includes("\n")) return;
      clearTimeout(timer);
      resolve(text.trim());
    });
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`Xvfb exited (${code}): ${errors}`));
    });
  });
  return {
    display: `:${number}`,
    stop: () => void child.kill("SIGTERM"),
  };
}
