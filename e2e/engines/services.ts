import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { setTimeout as sleep } from "node:timers/promises";

/** A child process the runner started and must stop. */
export interface Service {
  name: string;
  process: ChildProcess;
  /** The last lines it printed (stdout and stderr), for error messages. */
  output(): string;
  stop(): Promise<void>;
}

/** A TCP port that was free a moment ago on 127.0.0.1 (the OS picks it). */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (!address || typeof address === "string") throw new Error("could not find a free port");
  return address.port;
}

/** Starts `command` in its own process group, keeping the tail of its output. */
export function startService(
  name: string,
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv = process.env,
): Service {
  const child = spawn(command, args, { env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  let tail = "";
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString("utf8")).slice(-4000);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("error", (error) => keep(Buffer.from(`\n${error.message}\n`)));
  let isStopping = false;
  child.on("exit", (code, signal) => {
    // A server dying mid-run fails what follows in confusing ways: say so where it happens.
    if (!isStopping) console.error(`${name} exited unexpectedly (${code ?? signal}):\n${tail.trim()}`);
  });
  return {
    name,
    process: child,
    output: () => tail.trim(),
    async stop() {
      isStopping = true;
      if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
      const exited = new Promise((resolve) => child.once("exit", resolve));
      // The whole group: a driver's browser and its helper processes go with it.
      process.kill(-child.pid, "SIGTERM");
      const hasExited = await Promise.race([exited.then(() => true), sleep(5000).then(() => false)]);
      if (!hasExited && child.exitCode === null) process.kill(-child.pid, "SIGKILL");
    },
  };
}

/** Polls `url` until it answers with a status below 500; fails if `service` exits first or after `timeoutMs`. */
export async function waitForHttp(service: Service, url: string, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (service.process.exitCode !== null || service.process.signalCode !== null) {
      throw new Error(
        `${service.name} exited (${service.process.exitCode ?? service.process.signalCode}):\n${service.output()}`,
      );
    }
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000) });
      await response.body?.cancel();
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    if (Date.now() > deadline)
      throw new Error(`${service.name} did not answer ${url} within ${timeoutMs} ms:\n${service.output()}`);
    await sleep(100);
  }
}
